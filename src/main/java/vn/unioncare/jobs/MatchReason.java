package vn.unioncare.jobs;

import java.util.List;

/**
 * Why a vacancy scored {@code points} of at most {@code maxPoints} on one criterion, as a bundle key and its
 * arguments (texts and whole numbers), so the screen explains it in the reader's language.
 */
public record MatchReason(MatchCriterion criterion, int points, int maxPoints, String messageKey,
                          List<Object> arguments) {

    public MatchReason {
        arguments = List.copyOf(arguments);
    }

    static MatchReason of(MatchCriterion criterion, int points, int maxPoints, String messageKey, Object... arguments) {
        return new MatchReason(criterion, points, maxPoints, messageKey, List.of(arguments));
    }
}
