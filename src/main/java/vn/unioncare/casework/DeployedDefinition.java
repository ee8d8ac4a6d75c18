package vn.unioncare.casework;

import java.time.Instant;

/** A deployed process or decision as designers and administrators see it. */
public record DeployedDefinition(Kind kind, String key, String name, int version, String resourceName,
                                 String deploymentName, Instant deployedAt) {

    public enum Kind { PROCESS, DECISION }
}
