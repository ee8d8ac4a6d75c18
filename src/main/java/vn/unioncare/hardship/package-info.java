/**
 * Hardship assistance: a member's request for support (sickness, accident, death, disaster, union shelter house,
 * Tết), its eligibility and review, approval at the level the DMN table names, the fund of the paying union, the
 * decision letter and the payment. The process {@code hardship-assistance} drives it; this package keeps the
 * personal part of each request (circumstances, bank account) out of the engine, in {@code hardship_request}.
 */
package vn.unioncare.hardship;
