package vn.unioncare.bench;

import java.util.function.Supplier;

/**
 * One kind of case the generator copies: the process it needs deployed, the share of the open tasks (or of the
 * closed cases) it makes up, and how to bring a real instance to the state to copy. Add a scenario for each new
 * process (job referral, training enrolment) once it is deployed.
 */
record SeedScenario(String label, String processKey, double share, Supplier<SeedCase> start) {
}
