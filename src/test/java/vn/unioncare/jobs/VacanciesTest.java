package vn.unioncare.jobs;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class VacanciesTest extends VacanciesContract {
}
