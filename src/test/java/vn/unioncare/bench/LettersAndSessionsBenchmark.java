package vn.unioncare.bench;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import vn.unioncare.RealBrowser;
import vn.unioncare.documents.AdministrativeLetter;
import vn.unioncare.documents.AdministrativeLetters;
import vn.unioncare.documents.DocumentStore;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, M5 (decision letters per second per core and their latency) and M6 (heap per signed-in officer session
 * with the task queue open), on the running application of {@link BenchmarkSpringTest}. Runs only with
 * {@code ./mvnw -Pbench verify}; its rows join those of the other benchmark classes in docs/benchmarks.md.
 */
@BenchmarkSpringTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LettersAndSessionsBenchmark {

    private static final BenchmarkReport REPORT = BenchmarkReport.shared();
    private static final BenchSize SIZE = REPORT.size();
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final double LETTERS_PER_CORE_TARGET = 50;
    private static final double LETTER_P95_TARGET_MILLIS = 40;
    private static final long SESSION_TARGET_BYTES = 250 * 1024;
    private static final List<String> OFFICERS = List.of("commune.officer", "health.officer", "parks.officer",
            "school.chair", "hospital.chair", "factory.chair");
    private static final String QUEUE_ROUTE = "tasks";
    /** The view's class name; Spring's proxy of it adds a suffix. */
    private static final String QUEUE_VIEW = "vn.unioncare.tasks.ui.TasksView";

    @Autowired
    AdministrativeLetters letters;
    @Autowired
    DocumentStore documents;
    @Autowired
    ServletWebServerApplicationContext web;
    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void m5DecisionLettersPerSecondAndLatency() throws Exception {
        int count = SIZE.samples() * 10;
        List<AdministrativeLetter> sample = SampleDecisionLetters.generate(count, 5);
        String text;
        try (PDDocument pdf = Loader.loadPDF(letters.render(sample.get(0)))) {
            text = new PDFTextStripper().getText(pdf);
        }
        assertThat(text).as("the Vietnamese text reads back from the letter")
                .contains("QUYẾT ĐỊNH", "Về việc hỗ trợ đoàn viên có hoàn cảnh khó khăn", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains(sample.get(0).body().get(0).substring(0, 40));
        for (int round = 0; round < 2; round++) { // warm-up: the JIT compiles PDFBox's hot paths
            renderAll(sample.subList(0, Math.min(count, 200)), new Latencies(count));
        }

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        Latencies single = new Latencies(count);
        double singleRate = renderAll(sample, single);
        double cpuMillisPerLetter = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / count;
        REPORT.add(new ResultRow("M5 decision letter (hardship), rendering only, one thread",
                "–", "%.1f letters/s; %s".formatted(singleRate, single.summary()), "–",
                "p95 ≤ %.0f ms".formatted(LETTER_P95_TARGET_MILLIS),
                single.percentile(95) <= LETTER_P95_TARGET_MILLIS ? "met" : "MISSED"));

        Latencies parallel = new Latencies(count * CORES);
        double parallelRate = renderInParallel(sample, parallel);
        double perCore = parallelRate / CORES;
        REPORT.add(new ResultRow("M5 decision letters (hardship), rendering only, one thread per core (" + CORES + ")",
                "–", "%.1f letters/s, %.1f per core; %s".formatted(parallelRate, perCore, parallel.summary()), "–",
                "≥ %.0f/s per core".formatted(LETTERS_PER_CORE_TARGET),
                perCore >= LETTERS_PER_CORE_TARGET ? "met" : "MISSED"));

        int stored = Math.max(20, SIZE.samples() * 2);
        Latencies withStore = new Latencies(stored);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        for (AdministrativeLetter letter : sample.subList(0, Math.min(stored, count))) {
            long began = System.nanoTime();
            int n = next.incrementAndGet();
            documents.storeGenerated("bench:m5", "quyet-dinh-" + n + ".pdf", "application/pdf",
                    letters.render(letter), "bench:m5:" + System.nanoTime() + ":" + n);
            withStore.add((System.nanoTime() - began) / 1e6);
        }
        double storeRate = next.get() / ((System.nanoTime() - start) / 1e9);
        REPORT.add(new ResultRow("M5 decision letter (hardship), rendering + storing (DocumentStore), one thread",
                "–", "%.1f letters/s; %s".formatted(storeRate, withStore.summary()), "–",
                "p95 ≤ %.0f ms".formatted(LETTER_P95_TARGET_MILLIS),
                withStore.percentile(95) <= LETTER_P95_TARGET_MILLIS ? "met" : "MISSED"));
        REPORT.detail("M5 CPU time per letter (rendering, one thread): %.1f ms, i.e. %.0f letters/s per core on a core of its own; %d different letters, about %d KB each"
                .formatted(cpuMillisPerLetter, 1000 / cpuMillisPerLetter, count,
                        letters.render(sample.get(1)).length / 1024));
    }

    private double renderAll(List<AdministrativeLetter> sample, Latencies latencies) {
        long start = System.nanoTime();
        for (AdministrativeLetter letter : sample) {
            long began = System.nanoTime();
            letters.render(letter);
            latencies.add((System.nanoTime() - began) / 1e6);
        }
        return sample.size() / ((System.nanoTime() - start) / 1e9);
    }

    private double renderInParallel(List<AdministrativeLetter> sample, Latencies all) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        try {
            List<Latencies> each = new ArrayList<>();
            List<Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < CORES; t++) {
                Latencies latencies = new Latencies(sample.size());
                each.add(latencies);
                List<AdministrativeLetter> own = new ArrayList<>(sample);
                Collections.rotate(own, t * sample.size() / CORES);
                running.add(pool.submit(() -> renderAll(own, latencies)));
            }
            for (Future<?> future : running) {
                future.get();
            }
            double rate = (double) sample.size() * CORES / ((System.nanoTime() - start) / 1e9);
            each.forEach(latencies -> latencies.addAll(all));
            return rate;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @Order(2)
    void m6HeapPerSignedInOfficerSessionWithTheQueueOpen() throws Exception {
        boolean small = SIZE.name().equals("smoke");
        int first = small ? 20 : 100;
        int total = small ? 50 : 500;
        long began = System.nanoTime();
        Map<String, RecordedQueueOpening> recorded = recordInChromium();
        HttpClient http = OfficerBrowser.sharedClient();
        List<OfficerBrowser> browsers = new ArrayList<>();
        openQueues(http, browsers, recorded, 5); // warm-up: first views, class loading and caches stay in the baseline
        OpenViews before = openQueueViews();
        LiveHeap baseline = LiveHeap.measure(3);

        openQueues(http, browsers, recorded, first);
        LiveHeap afterFirst = LiveHeap.measure(3);
        openQueues(http, browsers, recorded, total - first);
        LiveHeap afterAll = LiveHeap.measure(3);
        OpenViews after = openQueueViews();
        int queuesOpen = after.count() - before.count();

        for (int[] step : new int[][]{{first, 0}, {total, 1}}) {
            long delta = (step[1] == 0 ? afterFirst : afterAll).bytes() - baseline.bytes();
            long perSession = delta / step[0];
            REPORT.add(new ResultRow("M6 heap per signed-in officer session with the task queue open, "
                    + step[0] + " sessions", "–", "%.0f KB (%.1f MB live heap for %d sessions)".formatted(
                    perSession / 1024.0, delta / 1048576.0, step[0]), "–", "≤ 250 KB per session",
                    perSession <= SESSION_TARGET_BYTES ? "met" : "MISSED"));
        }
        StringBuilder growth = new StringBuilder("M6 what " + total + " sessions hold (live heap growth by class, "
                + "bytes per session):");
        for (Map.Entry<String, Long> grown : afterAll.largestGrowthSince(baseline, 20)) {
            growth.append(' ').append(grown.getKey()).append(' ').append(grown.getValue() / total).append(';');
        }
        REPORT.detail(growth.toString());
        writeGrowth(afterAll, baseline, total);
        REPORT.detail(("M6 of this, Vaadin's copy of each UI's last answer (kept to resend it should the client repeat "
                + "its request; here the answer that built the queue view, replaced by the small answer to the "
                + "browser's next request): %.0f KB per session").formatted(
                (after.lastAnswerBytes() - before.lastAnswerBytes()) / 1024.0 / total));
        REPORT.detail("M6 live heap: %.1f MB before, %.1f MB after %d, %.1f MB after %d sessions (class histograms, "
                .formatted(baseline.bytes() / 1048576.0, afterFirst.bytes() / 1048576.0, first,
                        afterAll.bytes() / 1048576.0, total) + "the smallest of three each); %d sessions opened in %.0f s"
                .formatted(total, (System.nanoTime() - began) / 1e9));
        REPORT.detail("M6 Vaadin state nodes of one officer's UI with the queue open, in all and by part: "
                + after.stateNodes().toString().replaceAll("[{}]", ""));
        assertThat(queuesOpen).as("UIs showing the task queue, still open after the measurement").isEqualTo(total);
        assertThat(browsers).hasSize(total + 5); // the tabs are held, with their cookies, until here
    }

    /** Every class's growth per session, largest first, in target/bench/m6-heap-growth.txt for a closer look. */
    private static void writeGrowth(LiveHeap after, LiveHeap before, int sessions) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, Long> grown : after.largestGrowthSince(before, Integer.MAX_VALUE)) {
            all.append(grown.getValue() / sessions).append('\t').append(grown.getKey()).append('\n');
        }
        Path file = Path.of("target", "bench", "m6-heap-growth.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, all.toString());
    }

    /**
     * What Chromium sends after opening the queue, once per officer (their queues differ), before the warm-up: the
     * recording's own sessions are part of the baseline.
     */
    private Map<String, RecordedQueueOpening> recordInChromium() {
        Map<String, RecordedQueueOpening> recorded = new LinkedHashMap<>();
        try (RealBrowser chromium = RealBrowser.startOrSkip()) {
            for (String officer : OFFICERS) {
                recorded.put(officer, RecordedQueueOpening.record(chromium, port, officer, QUEUE_ROUTE));
            }
        }
        StringBuilder detail = new StringBuilder("M6 what Chromium sent after the navigation to the queue, replayed in "
                + "every session of the same officer (UIDL requests, then their calls by kind):");
        recorded.values().forEach(r -> detail.append(' ').append(r.officer()).append(' ').append(r.followUps().size())
                .append(" (").append(r.callsByKind()).append(");"));
        REPORT.detail(detail.toString());
        return recorded;
    }

    /** Signs {@code count} officers in (a new session each) and opens the task queue in each, on two threads. */
    private void openQueues(HttpClient http, List<OfficerBrowser> browsers, Map<String, RecordedQueueOpening> recorded,
                            int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        try {
            List<Future<OfficerBrowser>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String officer = OFFICERS.get((browsers.size() + i) % OFFICERS.size());
                opened.add(pool.submit(() -> {
                    OfficerBrowser browser = new OfficerBrowser(http, port);
                    browser.signIn(officer, "demo");
                    String navigation = browser.open(QUEUE_ROUTE);
                    assertThat(navigation).as("the navigation's answer builds the queue view")
                            .contains("vaadin-grid", "queue-union");
                    browser.continueAsRecorded(navigation, recorded.get(officer));
                    return browser;
                }));
            }
            for (Future<OfficerBrowser> browser : opened) {
                browsers.add(browser.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The UIs in the server's Vaadin sessions whose current view is the task queue, and the bytes of the answer each
     * UI keeps to resend if the client repeats its last request (a string: two bytes a character once it holds
     * Vietnamese letters).
     */
    private OpenViews openQueueViews() {
        Context context = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        int views = 0;
        long lastAnswers = 0;
        Map<String, Integer> census = new LinkedHashMap<>();
        for (Session session : context.getManager().findSessions()) {
            var http = session.getSession();
            for (String name : Collections.list(http.getAttributeNames())) {
                if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        for (UI ui : vaadin.getUIs()) {
                            if (ui.getInternals().getActiveRouterTargetsChain().stream()
                                    .anyMatch(view -> view.getClass().getName().startsWith(QUEUE_VIEW))) {
                                views++;
                                if (census.isEmpty()) {
                                    census.putAll(StateNodeCensus.of(ui));
                                }
                                String last = ui.getInternals().getLastRequestResponse();
                                lastAnswers += last == null ? 0 : (long) last.length()
                                        * (last.chars().allMatch(c -> c <= 0xFF) ? 1 : 2);
                            }
                        }
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
        }
        return new OpenViews(views, lastAnswers, census);
    }

    /** The UIs showing the queue, their last answers' bytes, and the state nodes of one of them by part. */
    private record OpenViews(int count, long lastAnswerBytes, Map<String, Integer> stateNodes) {
    }

    @AfterAll
    static void writeReport() throws IOException {
        REPORT.writeDocument();
    }
}
