package vn.unioncare.organisation;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class OrganisationHierarchyOnPostgresTest extends OrganisationHierarchyContract {
}
