package vn.unioncare.bench;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

import javax.sql.DataSource;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the SQL statements and commits of the current thread while {@link #record} runs, through a
 * datasource-proxy wrapper around the application's DataSource (engine and application share it).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

    /** Statements (round trips; a JDBC batch counts once) and commits of one recorded action. */
    record Counts(int statements, int commits, int rollbacks) {
    }

    private static final ThreadLocal<int[]> RECORDING = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name("bench").listener(new Statements())
                    .methodListener(new Commits()).build();
        }
        return bean;
    }

    static <T> T record(Supplier<T> action, Counts[] result) {
        int[] counts = new int[3];
        RECORDING.set(counts);
        try {
            return action.get();
        } finally {
            RECORDING.remove();
            result[0] = new Counts(counts[0], counts[1], counts[2]);
        }
    }

    private static final class Statements implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            int[] counts = RECORDING.get();
            if (counts != null) {
                counts[0]++;
            }
        }
    }

    private static final class Commits implements MethodExecutionListener {
        @Override
        public void beforeMethod(MethodExecutionContext context) {
        }

        @Override
        public void afterMethod(MethodExecutionContext context) {
            int[] counts = RECORDING.get();
            if (counts != null && context.getTarget() instanceof java.sql.Connection) {
                switch (context.getMethod().getName()) {
                    case "commit" -> counts[1]++;
                    case "rollback" -> counts[2]++;
                    default -> { }
                }
            }
        }
    }
}
