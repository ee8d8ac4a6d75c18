package vn.unioncare.reliability;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A process step whose outside service is down until the test repairs it; counts how often it was tried. */
public class FailingUntilRepaired implements JavaDelegate {

    static final String FAILURE = "the social insurance office's service does not answer";
    static final AtomicBoolean REPAIRED = new AtomicBoolean();
    static final AtomicInteger ATTEMPTS = new AtomicInteger();

    @Override
    public void execute(DelegateExecution execution) {
        ATTEMPTS.incrementAndGet();
        if (!REPAIRED.get()) {
            throw new IllegalStateException(FAILURE);
        }
        execution.setVariable("repairedStepRan", true);
    }
}
