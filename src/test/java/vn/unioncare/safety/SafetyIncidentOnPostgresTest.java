package vn.unioncare.safety;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class SafetyIncidentOnPostgresTest extends SafetyIncidentContract {
}
