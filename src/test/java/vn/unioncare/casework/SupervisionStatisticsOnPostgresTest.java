package vn.unioncare.casework;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class SupervisionStatisticsOnPostgresTest extends SupervisionStatisticsContract {
}
