package vn.unioncare.forms;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Finds the form a start event or user task uses, as deployed: the engine resolves {@code camunda:formRef} with its
 * binding (deployment, latest, version), so a running process keeps the form version it was deployed with.
 */
@Service
public class DeployedForms {

    private final FormService forms;
    private final RepositoryService repository;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public DeployedForms(FormService forms, RepositoryService repository, ProcessEngineConfiguration engineConfiguration) {
        this.forms = forms;
        this.repository = repository;
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
    }

    // Asking the engine for a deployed form that does not exist throws inside its command, which would mark the
    // caller's transaction rollback-only; so look at the form data first.

    public Optional<FormSchema> startForm(String processDefinitionId) {
        if (!hasForm(forms.getStartFormData(processDefinitionId))) {
            return Optional.empty();
        }
        return read(() -> forms.getDeployedStartForm(processDefinitionId), processDefinitionId);
    }

    public Optional<FormSchema> taskForm(String taskId) {
        if (!hasForm(forms.getTaskFormData(taskId))) {
            return Optional.empty();
        }
        return read(() -> forms.getDeployedTaskForm(taskId), taskId);
    }

    private static boolean hasForm(FormData data) {
        return data != null && (data.getCamundaFormRef() != null || data.getFormKey() != null && !data.getFormKey().isBlank());
    }

    /** The latest deployed version of a form by its id, as designers named it in Modeler. */
    public Optional<FormSchema> latest(String formId) {
        CamundaFormDefinitionEntity definition = engineConfiguration.getCommandExecutorTxRequired().execute(
                context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId));
        if (definition == null) {
            return Optional.empty();
        }
        return read(() -> repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName()),
                definition.getResourceName());
    }

    private interface FormSource {
        InputStream open();
    }

    private static Optional<FormSchema> read(FormSource source, String name) {
        try (InputStream in = source.open()) {
            return in == null ? Optional.empty() : Optional.of(FormSchemaReader.read(in.readAllBytes(), name));
        } catch (BadUserRequestException noForm) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
