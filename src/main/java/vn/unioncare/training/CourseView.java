package vn.unioncare.training;

/** A course of the catalogue. */
public record CourseView(long id, String title, CourseTopic topic, CourseFormat format, int hours, String prerequisites,
                         String description, boolean active) {
}
