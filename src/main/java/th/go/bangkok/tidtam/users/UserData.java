package th.go.bangkok.tidtam.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.security.Role;

/** What an administrator types about an account; the version guards against overwriting someone else's edit. */
public record UserData(
        @NotBlank(message = "{user.username.required}")
        @Size(min = Limits.USERNAME_MIN, max = Limits.USERNAME, message = "{user.username.size}")
        @Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{user.username.pattern}")
        String username,
        @NotBlank(message = "{user.fullName.required}")
        @Size(max = Limits.PERSON_NAME, message = "{validation.tooLong}")
        String fullName,
        @Size(max = Limits.POSITION, message = "{validation.tooLong}")
        String position,
        @Size(max = Limits.PHONE, message = "{validation.tooLong}")
        @Pattern(regexp = "[0-9 ,\\-#()+]*", message = "{user.phone.pattern}")
        String phone,
        @Size(max = Limits.EMAIL, message = "{validation.tooLong}")
        @Email(message = "{user.email.invalid}")
        String email,
        @NotNull(message = "{user.role.required}")
        Role role,
        Long agencyId,
        boolean enabled,
        long version) {

    public static UserData blank() {
        return new UserData("", "", "", "", "", Role.OFFICER, null, true, 0);
    }
}
