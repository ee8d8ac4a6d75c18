package vn.unioncare.safety;

/**
 * The union's review of the investigation record (the {@code safety-record-review} form): what the record says of the
 * cause, responsibility, compensation and corrective measures, and, where the union disagrees, its recommendation and
 * the authority it goes to.
 */
public record RecordReview(String cause, String responsibility, String compensation, String correctiveMeasures,
                           String recommendation, String authority) {

    public static final String CAUSE = "recordCause";
    public static final String RESPONSIBILITY = "recordResponsibility";
    public static final String COMPENSATION = "recordCompensation";
    public static final String CORRECTIVE_MEASURES = "correctiveMeasures";
    public static final String RECOMMENDATION = "recommendation";
    public static final String AUTHORITY = "recommendationAuthority";
}
