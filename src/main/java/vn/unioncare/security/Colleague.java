package vn.unioncare.security;

/** An officer one can hand work to. */
public record Colleague(String username, String displayName) {
}
