package vn.unioncare.casework;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.casework.domain.CaseStartRequestStore;
import vn.unioncare.casework.domain.CaseStartRequestStore.KeyedCase;
import vn.unioncare.security.CurrentUser;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Starts a case at most once per idempotency key and account: a client that got no answer (the server crashed, the
 * connection broke) repeats the request with the same key and gets the case the first one opened, if it was opened.
 * The key is recorded in the transaction that starts the process, so it exists exactly when the case does.
 */
@Service
public class IdempotentCaseStart {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final CaseStarter starter;
    private final CaseStartRequestStore requests;
    private final CurrentUser currentUser;
    private final Clock clock;

    public IdempotentCaseStart(CaseStarter starter, CaseStartRequestStore requests, CurrentUser currentUser,
                               Clock clock) {
        this.starter = starter;
        this.requests = requests;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The outcome: the case, and whether an earlier request with the same key had already opened it. */
    public record KeyedStart(StartedCase started, boolean repeated) {
    }

    /**
     * Like {@link CaseStarter#start}, once per key: a repeat returns the earlier case (its submission is not looked
     * at again). A repeat arriving while the first request is still running is refused with 409; asked again, it
     * gets the case.
     */
    @Transactional
    public KeyedStart start(String processKey, Map<String, ?> submission, String requestKey) {
        if (requestKey == null || !KEY.matcher(requestKey).matches()) {
            throw new CaseworkException("casework.error.invalidRequestKey", 400, "Idempotency-Key");
        }
        String username = currentUser.require().getUsername();
        var earlier = requests.find(username, requestKey);
        if (earlier.isPresent()) {
            return new KeyedStart(new StartedCase(earlier.get().caseNumber(), earlier.get().processInstanceId()), true);
        }
        StartedCase started = starter.start(processKey, submission);
        try {
            requests.insert(username, requestKey, new KeyedCase(started.caseNumber(), started.processInstanceId()),
                    clock.instant());
        } catch (DuplicateKeyException concurrentRepeat) {
            throw new CaseworkException("casework.error.requestInProgress", 409, requestKey);
        }
        return new KeyedStart(started, false);
    }
}
