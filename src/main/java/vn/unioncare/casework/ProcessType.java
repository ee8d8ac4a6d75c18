package vn.unioncare.casework;

/** A kind of case: the key of its process and the name of the latest deployed version. */
public record ProcessType(String key, String name) {
}
