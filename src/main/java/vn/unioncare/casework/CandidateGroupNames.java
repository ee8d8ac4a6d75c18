package vn.unioncare.casework;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CandidateGroup;

import java.util.Locale;

/**
 * Candidate groups as people read them: {@code CS-THCS-NGHIA-TAN:chair} is "Chủ tịch – Công đoàn cơ sở Trường THCS
 * Nghĩa Tân". A group that names no known union or role stays as written.
 */
@Component
public class CandidateGroupNames {

    private final OrganisationService organisation;
    private final MessageSource messages;

    public CandidateGroupNames(OrganisationService organisation, MessageSource messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    public String name(String groupId, Locale locale) {
        return CandidateGroup.parse(groupId)
                .flatMap(group -> organisation.findByCode(group.orgCode()).map(unit -> messages.getMessage(
                        "role." + group.role().groupPart(), null, group.role().groupPart(), locale)
                        + " – " + unit.name(locale)))
                .orElse(groupId);
    }
}
