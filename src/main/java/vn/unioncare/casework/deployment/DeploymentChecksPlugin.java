package vn.unioncare.casework.deployment;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;
import vn.unioncare.forms.FormMessages;

import java.util.ArrayList;
import java.util.List;

/** Runs UnionCare's checks on every deployment, whether it comes from start-up, Modeler or Cockpit. */
@Component
class DeploymentChecksPlugin extends AbstractProcessEnginePlugin {

    private final FormMessages messages;

    DeploymentChecksPlugin(FormMessages messages) {
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        preDeployers.add(new DeploymentResourceCheck(messages));
        configuration.setCustomPreDeployers(preDeployers);
    }
}
