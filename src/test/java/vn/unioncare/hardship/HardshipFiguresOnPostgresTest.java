package vn.unioncare.hardship;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class HardshipFiguresOnPostgresTest extends HardshipFiguresContract {
}
