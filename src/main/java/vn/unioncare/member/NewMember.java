package vn.unioncare.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Registration of a member in a grassroots union (or a union group below one). */
public record NewMember(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9-]+") String cardNumber,
        @NotBlank @Size(max = 200) String fullName,
        @Past LocalDate dateOfBirth,
        @NotNull Gender gender,
        @Pattern(regexp = "(\\+84|0)[0-9 .]{8,13}") String phone,
        @Pattern(regexp = "[0-9]{9}|[0-9]{12}") String nationalId,
        @NotBlank String orgCode,
        @NotNull @PastOrPresent LocalDate joinDate) {
}
