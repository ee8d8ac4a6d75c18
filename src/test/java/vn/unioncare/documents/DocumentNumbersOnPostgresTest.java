package vn.unioncare.documents;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class DocumentNumbersOnPostgresTest extends DocumentNumbersContract {
}
