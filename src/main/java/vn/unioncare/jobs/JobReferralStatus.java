package vn.unioncare.jobs;

/** Where a job-referral case stands: counselled and matched, referred to employers, placed, in training, closed. */
public enum JobReferralStatus {
    COUNSELLING,
    REFERRED,
    PLACED,
    TRAINING,
    CLOSED
}
