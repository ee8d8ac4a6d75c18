package vn.unioncare.jobs;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.jobs.domain.JobReferralRows.Referral;
import vn.unioncare.jobs.domain.PlacementRows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vacancies a referral's officer chooses from: ranked by {@link VacancyMatching} for the member's profile,
 * without those the member was already referred to, each as an option whose label carries the score and the reasons
 * (in Vietnamese, the language of process data).
 */
@Service
@Transactional(readOnly = true)
public class ReferralMatching {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JobReferralCasework casework;
    private final PlacementRows placements;
    private final VacancyMatching matching;
    private final MessageSource messages;

    ReferralMatching(JobReferralCasework casework, PlacementRows placements, VacancyMatching matching,
                     MessageSource messages) {
        this.casework = casework;
        this.placements = placements;
        this.matching = matching;
        this.messages = messages;
    }

    /** The best {@code limit} vacancies not yet proposed to this member, best first. */
    public List<RankedVacancy> rank(String caseNumber, int limit) {
        Referral referral = casework.require(caseNumber);
        Set<Long> referred = placements.ofReferral(referral.id()).stream().map(PlacementView::vacancyId)
                .collect(Collectors.toSet());
        return matching.rank(profile(referral), limit + referred.size()).stream()
                .filter(r -> !referred.contains(r.vacancy().id())).limit(limit).toList();
    }

    /** Options for the {@code job-vacancy-choice} form: {@code value} the vacancy id, {@code label} score and reasons. */
    public List<Map<String, String>> options(String caseNumber, int limit) {
        return rank(caseNumber, limit).stream().map(this::option).toList();
    }

    private Map<String, String> option(RankedVacancy ranked) {
        VacancyView vacancy = ranked.vacancy();
        String reasons = ranked.reasons().stream()
                .map(r -> messages.getMessage(r.messageKey(), r.arguments().toArray(), r.messageKey(), VIETNAMESE))
                .collect(Collectors.joining("; "));
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", messages.getMessage("jobs.referral.option", new Object[]{String.valueOf(ranked.score()),
                vacancy.title(), vacancy.employerName(), reasons}, VIETNAMESE));
        option.put("value", String.valueOf(vacancy.id()));
        return option;
    }

    static JobSeekerProfile profile(Referral referral) {
        List<String> skills = referral.skills() == null ? List.of()
                : Arrays.stream(referral.skills().split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new JobSeekerProfile(referral.desiredOccupation(), skills, referral.location(),
                referral.expectedSalary(), referral.availableFrom());
    }
}
