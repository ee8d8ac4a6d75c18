package vn.unioncare.training;

/** How a course is held: sessions of an in-person course have a venue, of an online course a link. */
public enum CourseFormat {
    IN_PERSON,
    ONLINE,
    BLENDED
}
