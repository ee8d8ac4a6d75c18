package vn.unioncare.jobs;

import java.time.LocalDate;
import java.util.List;

/**
 * What a job seeker is looking for, as the job-seeker-profile form collects it: the desired occupation (a code or a
 * name), skills, the district or ward they want to work in, the expected monthly salary in VND and when they can
 * start. Anything but the skills may be null.
 */
public record JobSeekerProfile(String desiredOccupation, List<String> skills, String location, Long expectedSalary,
                               LocalDate availableFrom) {

    public JobSeekerProfile {
        skills = skills == null ? List.of() : skills.stream().filter(s -> s != null && !s.isBlank()).toList();
    }
}
