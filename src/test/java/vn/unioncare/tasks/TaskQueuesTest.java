package vn.unioncare.tasks;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class TaskQueuesTest extends TaskQueuesContract {
}
