package vn.unioncare.bench.bare;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the throughput benchmark: a Spring Boot application with the Camunda 7 Spring Boot starter and
 * nothing of UnionCare — no Vaadin, JPA, Flyway, security or UnionCare bean — running the hardship BPMN and its two
 * DMN tables on the same kind of datasource (Hikari with Boot's defaults, as UnionCare has) in the same JVM.
 * <p>
 * Deliberately not a {@code @Configuration}: UnionCare's own component scan covers {@code vn.unioncare} (test classes
 * included), and this class must never end up in UnionCare's contexts. It is only ever a source of its own
 * {@link SpringApplicationBuilder}, which reads no {@code application.properties} (its config name matches no file).
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, CamundaBpmAutoConfiguration.class})
@Import(BareHardshipBeans.class)
public class BareCamundaApplication {

    /** The hardship process and what it needs deployed: its BPMN, both decision tables and its forms. */
    public static final List<String> RESOURCES = List.of("processes/hardship-assistance.bpmn",
            "processes/hardship-eligibility.dmn", "processes/hardship-approval-level.dmn",
            "forms/hardship-request.form", "forms/hardship-review.form", "forms/hardship-approval.form",
            "forms/hardship-disbursement.form", "forms/hardship-more-information.form");

    /**
     * Starts the engine on the datasource and deploys the hardship process. Engine settings: the starter's defaults,
     * history level full, the job executor on, and JSON as the default serialization format (as in UnionCare: the
     * start form's list of documents is a process variable that the eligibility table reads).
     */
    public static ConfigurableApplicationContext start(String engineName, Map<String, String> datasource) {
        List<String> args = new ArrayList<>(List.of("--spring.config.name=bench-bare-camunda",
                "--camunda.bpm.process-engine-name=" + engineName,
                "--camunda.bpm.history-level=full",
                "--camunda.bpm.database.schema-update=true",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.auto-deployment-enabled=false",
                "--camunda.bpm.generic-properties.properties.default-serialization-format=application/json",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=warn"));
        datasource.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BareCamundaApplication.class)
                .web(WebApplicationType.NONE).run(args.toArray(String[]::new));
        var deployment = context.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
                .name("bare-hardship");
        RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
        return context;
    }
}
