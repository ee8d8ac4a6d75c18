package vn.unioncare.tasks;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class OpenTaskReadModelTest extends OpenTaskReadModelContract {
}
