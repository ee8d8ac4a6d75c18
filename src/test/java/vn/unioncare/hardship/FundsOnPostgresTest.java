package vn.unioncare.hardship;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class FundsOnPostgresTest extends FundsContract {
}
