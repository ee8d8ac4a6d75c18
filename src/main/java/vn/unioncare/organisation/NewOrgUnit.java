package vn.unioncare.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What it takes to create a unit; {@code parentCode} is null only for the city federation. */
public record NewOrgUnit(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*") String code,
        @NotNull OrgLevel level,
        @NotBlank @Size(max = 255) String nameVi,
        @NotBlank @Size(max = 255) String nameEn,
        String parentCode,
        @NotNull LocalDate validFrom) {
}
