package vn.unioncare.training.domain;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.unioncare.common.SearchText;
import vn.unioncare.training.CourseDraft;
import vn.unioncare.training.CourseFormat;
import vn.unioncare.training.CourseTopic;
import vn.unioncare.training.CourseView;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code training_course} table; the list searches the folded title anywhere in it. */
@Component
public class CourseRows {

    private static final String SELECT = "select k.id, k.title, k.topic, k.format, k.hours, k.prerequisites,"
            + " k.description, k.active from training_course k";
    private static final String MATCHING = " where (:text = '' or k.title_search like :contains escape '\\')";

    private final NamedParameterJdbcTemplate jdbc;

    public CourseRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(CourseDraft draft, long owningUnitId, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into training_course (title, title_search, topic, format, hours, prerequisites, description,
                                             active, owning_unit_id, created_by, created_at, version)
                values (:title, :titleSearch, :topic, :format, :hours, :prerequisites, :description, :active,
                        :owningUnitId, :createdBy, :createdAt, 0)
                """, values(draft).addValue("owningUnitId", owningUnitId).addValue("createdBy", createdBy)
                .addValue("createdAt", Timestamp.from(now)), key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    public void update(long id, CourseDraft draft) {
        jdbc.update("""
                update training_course set title = :title, title_search = :titleSearch, topic = :topic,
                       format = :format, hours = :hours, prerequisites = :prerequisites, description = :description,
                       active = :active, version = version + 1
                where id = :id
                """, values(draft).addValue("id", id));
    }

    public Optional<CourseView> find(long id) {
        return jdbc.query(SELECT + " where k.id = :id", new MapSqlParameterSource("id", id), ROW).stream().findFirst();
    }

    public Optional<Long> owningUnit(long id) {
        return jdbc.queryForList("select owning_unit_id from training_course where id = :id",
                new MapSqlParameterSource("id", id), Long.class).stream().findFirst();
    }

    /** Courses whose title contains the text (diacritics ignored), active ones first, by title. */
    public List<CourseView> page(String text, boolean activeOnly, int offset, int limit) {
        return jdbc.query(SELECT + MATCHING + (activeOnly ? " and k.active = true" : "")
                        + " order by k.active desc, k.title_search, k.id limit :limit offset :offset",
                search(text).addValue("limit", limit).addValue("offset", offset), ROW);
    }

    public int count(String text, boolean activeOnly) {
        Integer count = jdbc.queryForObject("select count(*) from training_course k" + MATCHING
                + (activeOnly ? " and k.active = true" : ""), search(text), Integer.class);
        return count == null ? 0 : count;
    }

    static MapSqlParameterSource search(String text) {
        String folded = SearchText.fold(text);
        return new MapSqlParameterSource("text", folded).addValue("contains", "%" + SearchText.likePrefix(folded));
    }

    private static MapSqlParameterSource values(CourseDraft draft) {
        return new MapSqlParameterSource("title", draft.title()).addValue("titleSearch", SearchText.fold(draft.title()))
                .addValue("topic", draft.topic().name()).addValue("format", draft.format().name())
                .addValue("hours", draft.hours()).addValue("prerequisites", draft.prerequisites())
                .addValue("description", draft.description()).addValue("active", draft.active());
    }

    private static final RowMapper<CourseView> ROW = (rs, i) -> new CourseView(rs.getLong("id"), rs.getString("title"),
            CourseTopic.valueOf(rs.getString("topic")), CourseFormat.valueOf(rs.getString("format")),
            rs.getInt("hours"), rs.getString("prerequisites"), rs.getString("description"), rs.getBoolean("active"));
}
