package vn.unioncare.jobs;

import vn.unioncare.common.SearchText;
import vn.unioncare.common.VndFormat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Scores one vacancy for one job seeker, criterion by criterion, with the reason for each score. */
final class VacancyScorer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JobSeekerProfile profile;
    private final Set<String> skillKeys;
    private final String locationKey;
    private final MatchingWeights weights;
    private final LocalDate today;

    VacancyScorer(JobSeekerProfile profile, MatchingWeights weights, LocalDate today) {
        this.profile = profile;
        this.skillKeys = profile.skills().stream().map(SearchText::fold).collect(Collectors.toSet());
        this.locationKey = profile.location() == null || profile.location().isBlank() ? null
                : SearchText.fold(profile.location());
        this.weights = weights;
        this.today = today;
    }

    Set<String> skillKeys() {
        return skillKeys;
    }

    String locationKey() {
        return locationKey;
    }

    /** Whether the vacancy is of the desired occupation, by code or by name (diacritics and case ignored). */
    boolean sameOccupation(VacancyView vacancy) {
        String desired = profile.desiredOccupation();
        return desired != null && !desired.isBlank() && (desired.strip().equalsIgnoreCase(vacancy.occupationCode())
                || SearchText.fold(desired).equals(SearchText.fold(vacancy.occupationName())));
    }

    RankedVacancy score(VacancyView vacancy) {
        List<MatchReason> reasons = List.of(occupation(vacancy), skills(vacancy), location(vacancy), salary(vacancy),
                closingDate(vacancy), seats(vacancy));
        return new RankedVacancy(vacancy, reasons.stream().mapToInt(MatchReason::points).sum(), reasons);
    }

    private MatchReason occupation(VacancyView vacancy) {
        int max = weights.occupation;
        if (profile.desiredOccupation() == null || profile.desiredOccupation().isBlank()) {
            return MatchReason.of(MatchCriterion.OCCUPATION, 0, max, "jobs.match.occupation.notStated",
                    vacancy.occupationName());
        }
        return sameOccupation(vacancy)
                ? MatchReason.of(MatchCriterion.OCCUPATION, max, max, "jobs.match.occupation.same",
                vacancy.occupationName())
                : MatchReason.of(MatchCriterion.OCCUPATION, 0, max, "jobs.match.occupation.other",
                vacancy.occupationName());
    }

    private MatchReason skills(VacancyView vacancy) {
        int max = weights.skills;
        List<String> asked = vacancy.skills();
        if (asked.isEmpty()) {
            return MatchReason.of(MatchCriterion.SKILLS, 0, max, "jobs.match.skills.noneAsked");
        }
        List<String> shared = asked.stream().filter(s -> skillKeys.contains(SearchText.fold(s))).toList();
        if (shared.isEmpty()) {
            return MatchReason.of(MatchCriterion.SKILLS, 0, max, "jobs.match.skills.none", String.join(", ", asked));
        }
        int points = Math.round((float) max * shared.size() / asked.size());
        return MatchReason.of(MatchCriterion.SKILLS, points, max, "jobs.match.skills.overlap",
                String.join(", ", shared), shared.size(), asked.size());
    }

    private MatchReason location(VacancyView vacancy) {
        int max = weights.location;
        String place = vacancy.ward() == null ? vacancy.district() : vacancy.ward() + ", " + vacancy.district();
        if (locationKey == null) {
            return MatchReason.of(MatchCriterion.LOCATION, 0, max, "jobs.match.location.notStated", place);
        }
        boolean same = locationKey.equals(SearchText.fold(vacancy.district()))
                || vacancy.ward() != null && locationKey.equals(SearchText.fold(vacancy.ward()));
        return same ? MatchReason.of(MatchCriterion.LOCATION, max, max, "jobs.match.location.same", place)
                : MatchReason.of(MatchCriterion.LOCATION, 0, max, "jobs.match.location.other", place);
    }

    private MatchReason salary(VacancyView vacancy) {
        int max = weights.salary;
        String range = salaryRange(vacancy);
        Long top = vacancy.salaryMax() != null ? vacancy.salaryMax() : vacancy.salaryMin();
        if (profile.expectedSalary() == null || profile.expectedSalary() <= 0) {
            return MatchReason.of(MatchCriterion.SALARY, 0, max, "jobs.match.salary.notStated", range);
        }
        String expected = VndFormat.digits(profile.expectedSalary());
        if (top == null) {
            return MatchReason.of(MatchCriterion.SALARY, Math.round(max / 2f), max, "jobs.match.salary.negotiable",
                    expected);
        }
        if (top >= profile.expectedSalary()) {
            return MatchReason.of(MatchCriterion.SALARY, max, max, "jobs.match.salary.meets", range, expected);
        }
        int points = Math.round((float) max * top / profile.expectedSalary());
        return MatchReason.of(MatchCriterion.SALARY, points, max, "jobs.match.salary.below", range, expected);
    }

    private static String salaryRange(VacancyView vacancy) {
        if (vacancy.salaryMin() != null && vacancy.salaryMax() != null) {
            return VndFormat.digits(vacancy.salaryMin()) + " – " + VndFormat.digits(vacancy.salaryMax());
        }
        if (vacancy.salaryMin() != null) {
            return "≥ " + VndFormat.digits(vacancy.salaryMin());
        }
        return vacancy.salaryMax() == null ? "–" : "≤ " + VndFormat.digits(vacancy.salaryMax());
    }

    private MatchReason closingDate(VacancyView vacancy) {
        int daysLeft = (int) ChronoUnit.DAYS.between(today, vacancy.closingDate());
        String closing = DATE.format(vacancy.closingDate());
        if (profile.availableFrom() != null && profile.availableFrom().isAfter(vacancy.closingDate())) {
            return MatchReason.of(MatchCriterion.CLOSING_DATE, 0, 0, "jobs.match.closing.beforeAvailable", closing,
                    daysLeft, DATE.format(profile.availableFrom()));
        }
        return MatchReason.of(MatchCriterion.CLOSING_DATE, 0, 0, "jobs.match.closing.open", closing, daysLeft);
    }

    private static MatchReason seats(VacancyView vacancy) {
        return MatchReason.of(MatchCriterion.SEATS, 0, 0, "jobs.match.seats.left", vacancy.seatsLeft(),
                vacancy.seats());
    }
}
