package vn.unioncare.training;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class SeatsOnPostgresTest extends SeatsContract {
}
