package vn.unioncare.bench;

/**
 * A case started (and driven) through the engine and the application, whose rows are copied into the generated
 * unions: its process instance, case number, the member's grassroots union and the union directly above it.
 */
record SeedCase(String label, String processInstanceId, String caseNumber, String unionCode, String upperCode) {
}
