package vn.unioncare.training;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class SeatsTest extends SeatsContract {
}
