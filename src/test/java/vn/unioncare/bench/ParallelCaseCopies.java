package vn.unioncare.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batches of copies ({@link CaseCloner#copy}) run on as many connections as the dialect copies with, each connection
 * in the dialect's copying session (see {@link BenchDialect#prepareCopySession}).
 */
final class ParallelCaseCopies implements AutoCloseable {

    private final BenchDialect dialect;
    private final List<Connection> connections = new ArrayList<>();
    private final List<CaseCloner> cloners = new ArrayList<>();
    private final BlockingQueue<CaseCloner> idle;
    private final ExecutorService pool;
    private final List<Future<Long>> pending = new ArrayList<>();

    ParallelCaseCopies(DataSource dataSource, BenchDialect dialect) throws SQLException {
        this.dialect = dialect;
        int count = dialect.copyConnections();
        this.idle = new ArrayBlockingQueue<>(count);
        this.pool = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            Connection connection = dataSource.getConnection();
            connections.add(connection);
            connection.setAutoCommit(true);
            dialect.prepareCopySession(connection);
            CaseCloner cloner = new CaseCloner(connection);
            cloners.add(cloner);
            idle.add(cloner);
        }
    }

    /** The tables copies are written to. */
    java.util.Set<String> tables() {
        return cloners.get(0).tables();
    }

    void submit(SeedCase seed, List<CaseCloner.CopyTarget> targets, String progress) {
        pending.add(pool.submit(() -> {
            CaseCloner cloner = idle.take();
            try {
                long rows = cloner.copy(seed, targets);
                System.out.println("BENCH data: " + progress);
                return rows;
            } finally {
                idle.add(cloner);
            }
        }));
    }

    /** Waits for every batch submitted so far; returns the rows they wrote. */
    long awaitAll() throws SQLException {
        long rows = 0;
        try {
            for (Future<Long> batch : pending) {
                rows += batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while copying cases", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException("copying cases failed", e.getCause());
        } finally {
            pending.clear();
        }
        return rows;
    }

    /** Seconds spent per table, summed over the connections, the largest first. */
    TableTimes timeByTable() {
        TableTimes times = new TableTimes();
        cloners.forEach(c -> times.addAll(c.nanosByTable()));
        return times;
    }

    @Override
    public void close() throws SQLException {
        pool.shutdownNow();
        for (Connection connection : connections) {
            try (connection) {
                dialect.endCopySession(connection);
            }
        }
    }
}
