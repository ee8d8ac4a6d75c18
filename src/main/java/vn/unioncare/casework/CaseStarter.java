package vn.unioncare.casework;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.unioncare.forms.DeployedForms;
import vn.unioncare.forms.FormSchema;
import vn.unioncare.forms.FormValidation;
import vn.unioncare.forms.FormValidationException;
import vn.unioncare.forms.FormValidator;
import vn.unioncare.forms.SubmittedVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import vn.unioncare.member.MemberRecord;
import vn.unioncare.member.MemberService;
import vn.unioncare.organisation.OrganisationService;
import vn.unioncare.security.CurrentUser;
import vn.unioncare.security.EngineIdentity;
import vn.unioncare.security.UnionCareUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a case from a submitted start form, for the Vaadin portal and the JSON API alike: the submission is
 * validated against the deployed start form, and only then does the process start, in one transaction with the
 * case file it opens. A member's own id and union travel with the request as routing facts.
 */
@Service
public class CaseStarter {

    /** The account that submitted the start form: the member, or the officer acting for them. */
    public static final String REQUESTED_BY = "requestedBy";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final EngineIdentity identity;
    private final DeployedForms forms;
    private final FormValidator validator;
    private final CaseRecords records;
    private final MemberService members;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final CaseAttachments attachments;

    public CaseStarter(RepositoryService repository, RuntimeService runtime, EngineIdentity identity,
                       DeployedForms forms, FormValidator validator, CaseRecords records, MemberService members,
                       OrganisationService organisation, CurrentUser currentUser, CaseAttachments attachments) {
        this.attachments = attachments;
        this.repository = repository;
        this.runtime = runtime;
        this.identity = identity;
        this.forms = forms;
        this.validator = validator;
        this.records = records;
        this.members = members;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    /** The processes a member or officer can start from UnionCare: the latest version of each, with a name. */
    public List<StartableProcess> startableProcesses() {
        requireStarter();
        return repository.createProcessDefinitionQuery().latestVersion().active().list().stream()
                .filter(d -> d.isStartableInTasklist())
                .map(d -> new StartableProcess(d.getKey(), d.getName() == null ? d.getKey() : d.getName()))
                .sorted(java.util.Comparator.comparing(StartableProcess::name))
                .toList();
    }

    /** The start form of the latest version of a process, for rendering; empty when it has none. */
    public Optional<FormSchema> startForm(String processKey) {
        return forms.startForm(latest(processKey).getId());
    }

    /**
     * Validates and starts. Files of the start form's file pickers, staged by the caller beforehand, reach the process
     * as document ids and are attached to the new case in the same transaction.
     */
    @Transactional
    public StartedCase start(String processKey, Map<String, ?> submission) {
        UnionCareUser user = requireStarter();
        ProcessDefinition definition = latest(processKey);
        FormSchema form = forms.startForm(definition.getId())
                .orElse(new FormSchema(processKey, "default", null, null, List.of()));
        FormValidation validation = validator.validate(form, submission, Map.of());
        if (!validation.isValid()) {
            throw new FormValidationException(validation.errors());
        }
        VariableMap variables = SubmittedVariables.of(form, validation.values());
        variables.putAll(routingFacts(user, validation.values()));
        variables.putValue(REQUESTED_BY, user.getUsername());
        ProcessInstance instance = identity.callAs(user.getUsername(),
                () -> runtime.startProcessInstanceById(definition.getId(), variables));
        String caseNumber = records.findByProcessInstance(instance.getId()).map(CaseSummary::caseNumber)
                .orElseThrow(() -> new IllegalStateException("no case file for " + instance.getId()));
        attachments.adoptStaged(caseNumber, validation.stagedReferences());
        return new StartedCase(caseNumber, instance.getId());
    }

    /**
     * Which member and union the case belongs to: a member's own; for an officer acting on a member's behalf (a
     * {@code memberId} field in the start form) that member's, if the officer may see them; otherwise the officer's
     * own union, so that every case is in somebody's scope and in the supervision of the unions above.
     */
    private Map<String, Object> routingFacts(UnionCareUser user, Map<String, Object> submitted) {
        Optional<MemberRecord> member = user.isMember() && !user.isOfficer()
                ? members.findOwnRecord()
                : onBehalfOf(submitted.get(CaseRecords.MEMBER_ID));
        Long orgUnitId = member.map(MemberRecord::orgUnitId)
                .orElseGet(() -> user.assignments().isEmpty() ? null : user.assignments().get(0).orgUnitId());
        Map<String, Object> facts = new HashMap<>();
        member.ifPresent(m -> facts.put(CaseRecords.MEMBER_ID, m.id()));
        if (orgUnitId != null) {
            facts.put(CaseRecords.ORG_UNIT_ID, orgUnitId);
            facts.put(CaseRecords.UNION_CODE, organisation.getById(orgUnitId).code());
        }
        return facts;
    }

    private Optional<MemberRecord> onBehalfOf(Object memberId) {
        if (memberId == null || memberId.toString().isBlank()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(memberId.toString().strip());
            return Optional.of(members.findRecord(id)
                    .orElseThrow(() -> new CaseworkException("error.notFoundOrNoAccess", 404, String.valueOf(memberId))));
        } catch (NumberFormatException e) {
            throw new CaseworkException("error.notFoundOrNoAccess", 404, String.valueOf(memberId));
        }
    }

    private ProcessDefinition latest(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().active().singleResult();
        if (definition == null) {
            throw new CaseworkException("casework.error.unknownProcess", 404, processKey);
        }
        return definition;
    }

    /** Members and officers start cases; accounts that are neither (designers) do not. */
    private UnionCareUser requireStarter() {
        UnionCareUser user = currentUser.require();
        if (!user.isMember() && !user.isOfficer() && !user.isAdmin()) {
            throw new CaseworkException("casework.error.mayNotStart", 403, user.getUsername());
        }
        return user;
    }
}
