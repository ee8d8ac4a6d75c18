package vn.unioncare.jobs;

import java.time.LocalDate;

/**
 * The job-seeker profile a member submitted to start a referral, as the process hands it over: the fields of the
 * {@code job-seeker-profile} form ({@code reasonForLeaving} is personal data and arrives only here).
 */
public record JobSeekerIntake(long memberId, String employmentStatus, String reasonForLeaving, String uiStatus,
                              String trade, String skills, String desiredOccupation, String location,
                              Long expectedSalary, LocalDate availableFrom, String digitalSkills, boolean consent) {
}
