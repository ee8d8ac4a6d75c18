package vn.unioncare.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs engine work as a UnionCare user, so that Camunda's history and user-operation log name who started, claimed
 * or completed; the engine's authentication is always cleared afterwards.
 */
@Component
public class EngineIdentity {

    private final IdentityService identity;

    public EngineIdentity(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T callAs(String username, Supplier<T> work) {
        identity.setAuthenticatedUserId(username);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public void runAs(String username, Runnable work) {
        callAs(username, () -> {
            work.run();
            return null;
        });
    }
}
