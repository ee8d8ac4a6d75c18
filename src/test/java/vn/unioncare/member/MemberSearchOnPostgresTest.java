package vn.unioncare.member;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class MemberSearchOnPostgresTest extends MemberSearchContract {
}
