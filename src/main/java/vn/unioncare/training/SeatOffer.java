package vn.unioncare.training;

/** A waitlisted enrollment promoted to SEAT_HELD because a seat freed; the process of that case is to be told. */
public record SeatOffer(String caseNumber, String processInstanceId, long memberId, long cohortId) {
}
