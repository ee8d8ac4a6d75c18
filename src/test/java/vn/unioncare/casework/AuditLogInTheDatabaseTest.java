package vn.unioncare.casework;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class AuditLogInTheDatabaseTest extends AuditLogInTheDatabaseContract {
}
