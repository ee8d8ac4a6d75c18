package vn.unioncare.training;

/** What a course teaches; bundle keys {@code training.topic.<NAME>}. */
public enum CourseTopic {
    SMARTPHONE_ZALO,
    PUBLIC_SERVICES_VNEID,
    ONLINE_FRAUD,
    OFFICE_SOFTWARE,
    AI_AT_WORK
}
