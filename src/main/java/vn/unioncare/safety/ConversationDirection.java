package vn.unioncare.safety;

/** Who wrote a message of the conversation with an anonymous reporter. */
public enum ConversationDirection {
    /** An officer asks the reporter. */
    QUESTION,
    /** The reporter answers, or adds something, through the tracking code. */
    ANSWER
}
