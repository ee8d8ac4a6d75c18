package vn.unioncare.security.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Makes UnionCare's user store Camunda's identity provider, so candidate groups, Cockpit sign-in and the engine's
 * user lookups use the same accounts. Camunda's own user tables stay empty.
 */
@Component
public class UnionCareIdentityPlugin extends AbstractProcessEnginePlugin {

    private final IdentityDirectory directory;

    public UnionCareIdentityPlugin(IdentityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new UnionCareIdentityProvider(directory);
            }
        });
    }
}
