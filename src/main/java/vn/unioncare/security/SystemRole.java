package vn.unioncare.security;

/** Roles that are not tied to an organisation unit. */
public enum SystemRole {
    /** Administers UnionCare, its accounts and the Camunda Cockpit/Admin web apps. */
    ADMIN,
    /** Deploys BPMN, DMN and form files from Camunda Modeler. */
    DESIGNER
}
