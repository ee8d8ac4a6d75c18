package vn.unioncare.hardship;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class HardshipAssistanceOnPostgresTest extends HardshipAssistanceContract {
}
