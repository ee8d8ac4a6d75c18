package vn.unioncare.jobs;

import vn.unioncare.UnionCareSpringTest;

@UnionCareSpringTest
class JobReferralTest extends JobReferralContract {
}
