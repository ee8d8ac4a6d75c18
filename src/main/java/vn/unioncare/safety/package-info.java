/**
 * Workplace safety incident reports (issue 6). This package holds the building blocks of the anonymous channel:
 * <ul>
 *   <li>{@link vn.unioncare.safety.TrackingCodes}: the reporter's unguessable code, shown once, kept only as a keyed
 *       hash, looked up with the same work whatever was typed;</li>
 *   <li>{@link vn.unioncare.safety.ReporterConversation}: officers' questions and the reporter's answers, the reporter
 *       known only by the code;</li>
 *   <li>{@link vn.unioncare.safety.PublicRateLimiter}: per-client limits of the public pages and API, by a salted
 *       hash of the client address held only in memory;</li>
 *   <li>{@link vn.unioncare.safety.PhotoSanitiser}: photos re-encoded without EXIF location or any other metadata.</li>
 * </ul>
 * <b>Anonymity guard.</b> An anonymous report stores no account, name, IP address or user agent — not in tables, logs,
 * process variables or history. Code on the public paths ({@code /report}, {@code /track},
 * {@code /api/v1/safety-reports/**}) therefore: reads the client address only to pass it to the rate limiter; never
 * logs a request, its headers or an exception message that quotes them; never puts the address, the user agent, the
 * session id or the tracking code into a process variable, an audit entry, a document name or a case field; and starts
 * the process without an authenticated user (no {@code startedBy}, no engine authenticated user id). The test helper
 * {@code TraceSearch} (src/test) searches every table, Camunda's history included, and the captured log output for a
 * client's address and user agent after an anonymous submission.
 */
package vn.unioncare.safety;
