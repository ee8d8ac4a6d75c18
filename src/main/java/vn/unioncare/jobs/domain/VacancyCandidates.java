package vn.unioncare.jobs.domain;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import vn.unioncare.jobs.VacancyView;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The vacancies worth scoring for a job seeker, found in SQL: taking applications today, and of the desired
 * occupation (code or name) or asking for at least one of the seeker's skills. At most {@code cap} of them, those
 * of the desired occupation and in the seeker's district or ward first, so a large table is never loaded whole.
 * Location orders rather than excludes: a welder from Cầu Giấy may well take a job in an industrial park elsewhere.
 */
@Component
public class VacancyCandidates {

    private final VacancyRows rows;

    public VacancyCandidates(VacancyRows rows) {
        this.rows = rows;
    }

    /**
     * @param occupationCode   the desired occupation as a code, or null
     * @param occupationFolded the desired occupation as a folded name, or null
     * @param skillKeys        the seeker's skills, folded
     * @param locationFolded   the seeker's district or ward, folded, or null
     */
    public List<VacancyView> find(String occupationCode, String occupationFolded, Collection<String> skillKeys,
                                  String locationFolded, LocalDate today, int cap) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today))
                .addValue("occupationCode", occupationCode == null ? "" : occupationCode)
                .addValue("occupationFolded", occupationFolded == null ? "" : occupationFolded)
                .addValue("location", locationFolded == null ? "" : locationFolded);
        String occupation = "(v.occupation_code = :occupationCode or v.occupation_search = :occupationFolded)";
        StringBuilder relevant = new StringBuilder(occupation);
        if (!skillKeys.isEmpty()) {
            params.addValue("skills", skillKeys);
            relevant.append(" or v.id in (select s.vacancy_id from vacancy_skill s where s.skill_key in (:skills))");
        }
        String where = VacancyRows.TAKES_APPLICATIONS + " and (" + relevant + ")";
        String orderBy = "case when " + occupation + " then 0 else 1 end,"
                + " case when v.district_search = :location or v.ward_search = :location then 0 else 1 end,"
                + " v.closing_date, v.id";
        return rows.list(where, params, orderBy, cap, 0);
    }
}
