package vn.unioncare.training;

/** A course as a coordinator enters it; {@code hours} 1..200, prerequisites and description optional. */
public record CourseDraft(String title, CourseTopic topic, CourseFormat format, Integer hours, String prerequisites,
                          String description, boolean active) {
}
