package vn.unioncare.organisation;

import java.util.Locale;

/** An organisation unit as the rest of UnionCare sees it; {@code parentId} is the current parent. */
public record OrgUnitView(long id, String code, OrgLevel level, String nameVi, String nameEn, Long parentId,
                          boolean active) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
