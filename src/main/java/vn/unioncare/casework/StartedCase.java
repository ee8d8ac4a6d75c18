package vn.unioncare.casework;

/** What a member or officer gets back when their request was accepted. */
public record StartedCase(String caseNumber, String processInstanceId) {
}
