/**
 * Small shared kernel used by every feature: text folding for searches, paging helpers, Hanoi time and the
 * Vietnamese working-day calendar ({@link vn.unioncare.common.WorkingDays}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.unioncare.common;
