package vn.unioncare.casework;

/** A process that can be started from the portal: its key and its name as designed. */
public record StartableProcess(String key, String name) {
}
