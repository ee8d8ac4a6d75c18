/**
 * Digital-skills training, its data and services: the course catalogue and cohorts with their sessions (kept by
 * training coordinators of the city federation and of the unions directly above grassroots), the seat ledger that
 * the {@code training-enrollment} process holds, confirms, waitlists and releases seats in (exact under concurrency:
 * the cohort row is locked), and the attendance and test scores the trainer records, which publish
 * {@link vn.unioncare.training.AbsenceThresholdReached} and {@link vn.unioncare.training.CohortFinished} for the
 * process to correlate.
 */
package vn.unioncare.training;
