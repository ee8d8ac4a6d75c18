package vn.unioncare.safety;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class SafetyFiguresOnPostgresTest extends SafetyFiguresContract {
}
