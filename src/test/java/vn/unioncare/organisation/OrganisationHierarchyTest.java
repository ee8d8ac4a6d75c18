package vn.unioncare.organisation;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class OrganisationHierarchyTest extends OrganisationHierarchyContract {
}
