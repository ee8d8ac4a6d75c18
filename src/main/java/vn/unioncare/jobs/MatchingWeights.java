package vn.unioncare.jobs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many points each criterion is worth (configuration, so the union can tune them without a release), and how
 * many candidates the database hands over for scoring at most.
 */
@Component
class MatchingWeights {

    final int occupation;
    final int skills;
    final int location;
    final int salary;
    final int candidates;

    MatchingWeights(@Value("${unioncare.jobs.matching.occupation-points:40}") int occupation,
                    @Value("${unioncare.jobs.matching.skills-points:30}") int skills,
                    @Value("${unioncare.jobs.matching.location-points:15}") int location,
                    @Value("${unioncare.jobs.matching.salary-points:15}") int salary,
                    @Value("${unioncare.jobs.matching.max-candidates:500}") int candidates) {
        this.occupation = occupation;
        this.skills = skills;
        this.location = location;
        this.salary = salary;
        this.candidates = candidates;
    }
}
