package vn.unioncare.safety;

/**
 * Who works a safety case: the union that leads at the level the severity table gave, the grassroots chair of the
 * workplace (immediate notice, care for victims, corrective action) and the city's safety officers.
 */
public record SafetyRoute(String leadGroup, String leadUnitName, String grassrootsChairGroup, String citySafetyGroup) {
}
