package vn.unioncare.documents;

import org.springframework.stereotype.Service;
import vn.unioncare.organisation.OrgLevel;
import vn.unioncare.organisation.OrgUnitView;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.AccountContacts;

import java.time.LocalDate;

/**
 * What every union document shares: the heading with the superior body, the issuing union and the next document
 * number of its kind, and the signer's name as it is printed under a signature.
 */
@Service
public class UnionLetterheads {

    private static final String PLACE = "Hà Nội";
    private static final String NATIONAL_CONFEDERATION = "Tổng Liên đoàn Lao động Việt Nam";

    private final OrganisationService organisation;
    private final DocumentNumbers numbers;
    private final AccountContacts contacts;

    public UnionLetterheads(OrganisationService organisation, DocumentNumbers numbers, AccountContacts contacts) {
        this.organisation = organisation;
        this.numbers = numbers;
        this.contacts = contacts;
    }

    /** The heading of a document of a type (e.g. {@code QĐ}, {@code CV}, {@code PC}) issued by a union on a date. */
    public OfficialHeading heading(OrgUnitView issuer, String typeSymbol, LocalDate date) {
        String superior = issuer.parentId() == null ? NATIONAL_CONFEDERATION
                : organisation.getById(issuer.parentId()).nameVi();
        String number = numbers.next(issuer.code(), typeSymbol, issuerSymbol(issuer.level()), date.getYear());
        return new OfficialHeading(superior, issuer.nameVi(), number, PLACE, date);
    }

    /** The name under a signature: the account's display name without the department in brackets. */
    public String signatureName(String username) {
        if (username == null) {
            return "………………………";
        }
        String name = contacts.find(username).map(AccountContacts.Contact::displayName).orElse(username);
        int bracket = name.indexOf('(');
        return bracket > 0 ? name.substring(0, bracket).strip() : name;
    }

    private static String issuerSymbol(OrgLevel level) {
        return switch (level) {
            case CITY -> "LĐLĐ";
            case DIRECT_SUPERIOR -> "CĐCTTCS";
            case GRASSROOTS, UNION_GROUP -> "CĐCS";
        };
    }
}
