package vn.unioncare.member;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class MemberSearchTest extends MemberSearchContract {
}
