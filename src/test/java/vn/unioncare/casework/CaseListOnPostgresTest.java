package vn.unioncare.casework;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class CaseListOnPostgresTest extends CaseListContract {
}
