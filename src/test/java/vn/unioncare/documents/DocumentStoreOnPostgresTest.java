package vn.unioncare.documents;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class DocumentStoreOnPostgresTest extends DocumentStoreContract {
}
