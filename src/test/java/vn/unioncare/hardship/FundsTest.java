package vn.unioncare.hardship;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class FundsTest extends FundsContract {
}
