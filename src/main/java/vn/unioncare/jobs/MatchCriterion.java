package vn.unioncare.jobs;

/** What a vacancy is scored on for a job seeker, in the order explanations list them. */
public enum MatchCriterion {
    OCCUPATION,
    SKILLS,
    LOCATION,
    SALARY,
    /** Not scored: a vacancy past its closing date is never proposed; says how long is left. */
    CLOSING_DATE,
    /** Not scored: a vacancy without a seat left is never proposed; says how many are left. */
    SEATS
}
