package vn.unioncare.jobs;

import vn.unioncare.PostgresSpringTest;

@PostgresSpringTest
class JobReferralOnPostgresTest extends JobReferralContract {
}
