package vn.unioncare.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** An account to create; {@code memberId} links a member's portal login to their member record. */
public record NewAccount(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*") String username,
        @NotBlank @Size(min = 4, max = 200) String rawPassword,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 200) String email,
        Long memberId,
        @NotNull Set<SystemRole> systemRoles) {
}
