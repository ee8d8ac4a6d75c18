package vn.unioncare.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.UserAccountService;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything UnionCare holds about the signed-in member, as one JSON document: their record (national ID in full),
 * their account, and what every {@link PersonalDataSource} contributes. Each export is audited.
 */
@Service
public class MemberDataExport {

    private final MemberService members;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final List<PersonalDataSource> sources;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    MemberDataExport(MemberService members, UserAccountService accounts, CurrentUser currentUser,
                     List<PersonalDataSource> sources, ApplicationEventPublisher events, ObjectMapper json,
                     Clock clock) {
        this.members = members;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.sources = sources.stream().sorted(Comparator.comparing(PersonalDataSource::section)).toList();
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The signed-in member's data as UTF-8 JSON; {@code error.notFoundOrNoAccess} (404) for anyone else. */
    @Transactional
    public byte[] ownDataAsJson() {
        MemberRecord record = members.findOwnRecord()
                .orElseThrow(() -> new MemberException("error.notFoundOrNoAccess", 404, "no member record"));
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("member", record);
        accounts.findAccount(currentUser.require().getUsername()).ifPresent(a -> export.put("account", Map.of(
                "username", a.username(), "displayName", a.displayName(), "email", String.valueOf(a.email()),
                "language", a.locale())));
        sources.forEach(source -> export.put(source.section(), source.heldAbout(record.id())));
        events.publishEvent(new PersonalDataAccessed(record.id(), PersonalDataPurpose.DATA_EXPORT));
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("member data export could not be written", e);
        }
    }
}
