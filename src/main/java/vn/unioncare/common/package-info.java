/** Small shared kernel used by every feature: text folding for searches, paging helpers. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.unioncare.common;
