package vn.unioncare.training;

/** An account that may be named as a cohort's trainer. */
public record TrainerChoice(String username, String displayName) {
}
