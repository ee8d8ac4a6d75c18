/**
 * Job referral, its foundation: the employers unions work with, their vacancies (maintained by officers of the city
 * federation and of the unions directly above grassroots, read by everybody signed in), a CSV import of vacancies
 * that imports a whole file or nothing, and {@link vn.unioncare.jobs.VacancyMatching}, which ranks open vacancies
 * for a job seeker's profile and explains every score.
 */
package vn.unioncare.jobs;
