package vn.unioncare.hardship;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class HardshipFiguresTest extends HardshipFiguresContract {
}
