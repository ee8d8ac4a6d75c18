package vn.unioncare.tasks;

import java.time.LocalDate;

/** {@code substitute} receives {@code principal}'s new tasks from {@code from} to {@code to}, both days included. */
public record Substitution(long id, String principal, String substitute, LocalDate from, LocalDate to) {
}
