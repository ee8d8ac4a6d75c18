package vn.unioncare.safety;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class SafetyIncidentTest extends SafetyIncidentContract {
}
