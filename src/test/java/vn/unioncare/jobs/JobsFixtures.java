package vn.unioncare.jobs;

import vn.unioncare.SignedIn;
import vn.unioncare.security.UserAccountService;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Employers and vacancies for tests, each with a tax code of its own so tests never meet each other's data. */
final class JobsFixtures {

    private static final AtomicLong TAX_CODES = new AtomicLong(9_100_000_000L + System.nanoTime() % 800_000_000L);

    private JobsFixtures() {
    }

    static String freshTaxCode() {
        return Long.toString(TAX_CODES.incrementAndGet());
    }

    static EmployerView employer(Employers employers, UserAccountService accounts, String name) {
        try (SignedIn ignored = SignedIn.as(accounts, "hlf.welfare")) {
            return employers.create(new EmployerDraft(freshTaxCode(), name, "Khu công nghiệp Thăng Long, Đông Anh",
                    "KCN Thăng Long", "Phạm Thị Thu", "0243 882 1234", "tuyendung@example.vn"));
        }
    }

    static VacancyDraft vacancy(long employerId, String title, String occupationCode, String occupationName,
                                List<String> skills, String district, Long min, Long max, LocalDate closing) {
        return new VacancyDraft(employerId, title, occupationCode, occupationName, skills, district, null, min, max,
                5, closing, VacancySource.PARTNER_EMPLOYER, VacancyStatus.OPEN, null);
    }
}
