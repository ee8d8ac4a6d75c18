package vn.unioncare.training;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import vn.unioncare.documents.OfficialHeading;
import vn.unioncare.documents.UnionLetterheads;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The official heading of a certificate: the organising union, found by its exact Vietnamese name, with its superior
 * union and the next certificate number ({@code GCN}) of that union.
 */
@Component
class CertificateLetterhead {

    static final String CERTIFICATE_SYMBOL = "GCN";
    private static final int CANDIDATES = 20;

    private final OrganisationService organisation;
    private final UnionLetterheads letterheads;

    CertificateLetterhead(OrganisationService organisation, UnionLetterheads letterheads) {
        this.organisation = organisation;
        this.letterheads = letterheads;
    }

    /** @throws IllegalArgumentException when no union has this name: a certificate needs a real issuer */
    OfficialHeading heading(String organisingUnionName, LocalDate issuedOn) {
        return letterheads.heading(union(organisingUnionName), CERTIFICATE_SYMBOL, issuedOn);
    }

    private OrgUnitView union(String name) {
        String wanted = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return Arrays.stream(OrgLevel.values())
                .flatMap(level -> organisation.searchAtLevel(level, wanted, PageRequest.of(0, CANDIDATES)).stream())
                .filter(unit -> Normalizer.normalize(unit.nameVi(), Normalizer.Form.NFC).equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no union named " + name));
    }
}
