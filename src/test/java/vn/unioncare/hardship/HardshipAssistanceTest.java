package vn.unioncare.hardship;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class HardshipAssistanceTest extends HardshipAssistanceContract {
}
