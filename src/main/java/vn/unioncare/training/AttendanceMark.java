package vn.unioncare.training;

/** One cell of the attendance grid. */
public enum AttendanceMark {
    PRESENT,
    ABSENT,
    NOT_RECORDED
}
