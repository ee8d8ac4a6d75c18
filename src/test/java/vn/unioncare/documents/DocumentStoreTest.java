package vn.unioncare.documents;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class DocumentStoreTest extends DocumentStoreContract {
}
