package vn.unioncare.casework;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class CaseListTest extends CaseListContract {
}
