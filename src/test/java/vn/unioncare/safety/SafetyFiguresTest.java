package vn.unioncare.safety;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class SafetyFiguresTest extends SafetyFiguresContract {
}
