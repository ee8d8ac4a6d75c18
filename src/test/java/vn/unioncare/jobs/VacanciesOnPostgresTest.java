package vn.unioncare.jobs;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class VacanciesOnPostgresTest extends VacanciesContract {
}
