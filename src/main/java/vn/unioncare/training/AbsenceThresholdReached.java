package vn.unioncare.training;

/** Published (once per enrollment) when a confirmed member reaches two absences; the process starts a review. */
public record AbsenceThresholdReached(String caseNumber, String processInstanceId, int absences) {
}
