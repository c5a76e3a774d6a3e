package org.dualcarbon.security.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.dualcarbon.security.NewUserForm;
import org.dualcarbon.security.UserAccount;
import org.dualcarbon.security.UserAdministration;
import org.dualcarbon.security.UserDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over REST, for the system administrator. */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasAuthority('USER_MANAGE')")
class UserAdministrationApi {

    private final UserAdministration administration;
    private final UserDirectory directory;

    UserAdministrationApi(UserAdministration administration, UserDirectory directory) {
        this.administration = administration;
        this.directory = directory;
    }

    @GetMapping
    List<UserAccount> users() {
        return directory.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@Valid @RequestBody NewUserForm form) {
        return administration.create(form);
    }

    @PutMapping("/{username}/enabled")
    UserAccount enable(@PathVariable String username, @RequestParam boolean value) {
        return administration.setEnabled(username, value);
    }
}
