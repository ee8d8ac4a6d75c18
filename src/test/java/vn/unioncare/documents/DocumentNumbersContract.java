package vn.unioncare.documents;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Document numbers on the real database: per issuer, type and year, gap-free under concurrency. H2 and PostgreSQL. */
abstract class DocumentNumbersContract {

    @Autowired
    DocumentNumbers numbers;
    @Autowired
    PlatformTransactionManager transactions;

    /** A union code of its own per test, so tests sharing the database do not share counters. */
    private final String issuer = "CS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private String next(String issuerCode, String type, String issuerSymbol, int year) {
        return new TransactionTemplate(transactions).execute(status -> numbers.next(issuerCode, type, issuerSymbol, year));
    }

    @Test
    void numbersCountUpPerIssuerTypeAndYearWithALeadingZeroBelowTen() {
        List<String> decisions = IntStream.rangeClosed(1, 11).mapToObj(i -> next(issuer, "QĐ", "CĐCS", 2026)).toList();

        assertThat(decisions).startsWith("01/QĐ-CĐCS", "02/QĐ-CĐCS").endsWith("09/QĐ-CĐCS", "10/QĐ-CĐCS", "11/QĐ-CĐCS");
        assertThat(next(issuer, "PC", "CĐCS", 2026)).isEqualTo("01/PC-CĐCS");
        assertThat(next(issuer, "QĐ", "CĐCS", 2027)).isEqualTo("01/QĐ-CĐCS");
        assertThat(next(issuer + "-B", "QĐ", "CĐCS", 2026)).isEqualTo("01/QĐ-CĐCS");
        assertThat(next(issuer, "QĐ", "CĐCS", 2026)).isEqualTo("12/QĐ-CĐCS");
    }

    @Test
    void aDocumentWhoseGenerationRollsBackGivesItsNumberBack() {
        assertThat(next(issuer, "QĐ", "LĐLĐ", 2026)).isEqualTo("01/QĐ-LĐLĐ");

        String rolledBack = new TransactionTemplate(transactions).execute(status -> {
            String number = numbers.next(issuer, "QĐ", "LĐLĐ", 2026);
            status.setRollbackOnly();
            return number;
        });

        assertThat(rolledBack).isEqualTo("02/QĐ-LĐLĐ");
        assertThat(next(issuer, "QĐ", "LĐLĐ", 2026)).isEqualTo("02/QĐ-LĐLĐ");
    }

    @Test
    void concurrentGenerationsGetDistinctNumbersWithoutGaps() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ConcurrentLinkedQueue<String> taken = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        taken.add(next(issuer, "QĐ", "CĐCS", 2026));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Set<Integer> values = taken.stream().map(n -> Integer.parseInt(n.substring(0, n.indexOf('/'))))
                .collect(Collectors.toSet());
        assertThat(taken).hasSize(threads * perThread);
        assertThat(values).isEqualTo(IntStream.rangeClosed(1, threads * perThread).boxed().collect(Collectors.toSet()));
    }

    @Test
    void aNumberIsTakenOnlyInTheCallersTransaction() {
        assertThatThrownBy(() -> numbers.next(issuer, "QĐ", "CĐCS", 2026))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> next(issuer, "Q Đ", "CĐCS", 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> next(issuer, "QĐ", "CĐ/CS", 2026)).isInstanceOf(IllegalArgumentException.class);
    }
}
