package vn.unioncare.casework;

public enum CaseStatus {
    OPEN,
    CLOSED
}
