package vn.unioncare.casework.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.unioncare.casework.CaseRecords;
import vn.unioncare.organisation.OrganisationService;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives every deployed process a case file: the process element may name the case-number prefix with the Modeler
 * property {@code casePrefix} (e.g. {@code HT} for hardship assistance); without it the prefix is {@code UC}.
 */
@Component
class CaseFilePlugin extends AbstractProcessEnginePlugin {

    static final String DEFAULT_PREFIX = "UC";
    static final String PREFIX_PROPERTY = "casePrefix";

    private final CaseRecords records;
    private final OrganisationService organisation;

    CaseFilePlugin(@Lazy CaseRecords records, @Lazy OrganisationService organisation) {
        this.records = records;
        this.organisation = organisation;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                CaseFileListener listener = new CaseFileListener(records, organisation, prefixOf(processElement));
                processDefinition.addListener(ExecutionListener.EVENTNAME_START, listener);
                processDefinition.addListener(ExecutionListener.EVENTNAME_END, listener);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    static String prefixOf(Element processElement) {
        Element extensions = processElement.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties != null) {
            for (Element property : properties.elements()) {
                if (PREFIX_PROPERTY.equals(property.attribute("name"))) {
                    String value = property.attribute("value");
                    if (value != null && value.matches("[A-Z]{1,10}")) {
                        return value;
                    }
                }
            }
        }
        return DEFAULT_PREFIX;
    }
}
