package vn.unioncare.casework;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class SupervisionStatisticsTest extends SupervisionStatisticsContract {
}
