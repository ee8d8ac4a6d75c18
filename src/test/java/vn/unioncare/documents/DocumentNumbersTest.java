package vn.unioncare.documents;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class DocumentNumbersTest extends DocumentNumbersContract {
}
