package vn.unioncare.tasks;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class OpenTaskReadModelOnPostgresTest extends OpenTaskReadModelContract {
}
