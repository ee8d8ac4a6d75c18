package vn.unioncare.training;

import java.util.List;

/**
 * The attendance of a cohort: columns are its sessions in order, rows its confirmed members with one mark per
 * session, their absences so far and test score.
 */
public record AttendanceGrid(CohortView cohort, List<SessionView> sessions, List<Row> rows) {

    public AttendanceGrid {
        sessions = List.copyOf(sessions);
        rows = List.copyOf(rows);
    }

    public record Row(String caseNumber, long memberId, String memberName, String cardNumber,
                      List<AttendanceMark> marks, int absences, Integer testScore, boolean retakeUsed) {

        public Row {
            marks = List.copyOf(marks);
        }
    }
}
