package vn.unioncare.safety;

/**
 * What an anonymous reporter gets back, once: the case number and the tracking code that is their only way back to
 * the report. The code cannot be shown again; UnionCare keeps only its keyed hash.
 */
public record AnonymousReceipt(String caseNumber, String trackingCode) {
}
