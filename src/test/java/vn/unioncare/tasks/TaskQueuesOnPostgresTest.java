package vn.unioncare.tasks;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class TaskQueuesOnPostgresTest extends TaskQueuesContract {
}
