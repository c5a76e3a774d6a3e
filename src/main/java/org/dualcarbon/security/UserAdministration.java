package org.dualcarbon.security;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.security.internal.UserMapper;
import org.dualcarbon.security.internal.UserRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Account lifecycle, the system administrator's work (系统管理员): create, enable, disable. */
@Service
@Validated
@PreAuthorize("hasAuthority('USER_MANAGE')")
public class UserAdministration {

    private final UserMapper users;
    private final UserBindings bindings;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final SecurityPolicies policies;

    public UserAdministration(UserMapper users, UserBindings bindings, PasswordEncoder passwords,
                              ApplicationEventPublisher events, SecurityPolicies policies) {
        this.policies = policies;
        this.events = events;
        this.users = users;
        this.bindings = bindings;
        this.passwords = passwords;
    }

    @Transactional
    public UserAccount create(@Valid NewUserForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        PasswordPolicy.problem(form.initialPassword(), policies.current()).ifPresent(p -> problems.add(new FieldProblem("initialPassword", p)));
        if (users.findAccount(form.username()).isPresent()) {
            problems.add(new FieldProblem("username", "用户名已存在 / this user name is taken"));
        }
        problems.addAll(bindings.problemsWith(form.toAccount(), form.assignments()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserRow row = new UserRow(form.toAccount(), passwords.encode(form.initialPassword()));
        try {
            users.insert(row);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("username", "用户名已存在 / this user name is taken");
        }
        for (Long enterpriseId : form.assignments()) {
            users.insertAssignment(row.getId(), enterpriseId);
        }
        events.publishEvent(new UserAccountChanged(form.username(), UserAccountChanged.CREATED, form.role(), actingUser()));
        return users.findAccount(form.username()).orElseThrow();
    }

    @Transactional
    public UserAccount setEnabled(String username, boolean enabled) {
        UserAccount account = users.findAccount(username).orElseThrow(() -> new NotFoundException("user", username));
        users.setEnabled(account.id(), enabled);
        events.publishEvent(new UserAccountChanged(username, enabled ? UserAccountChanged.ENABLED : UserAccountChanged.DISABLED,
                account.role(), actingUser()));
        return users.findAccount(username).orElseThrow();
    }

    private static String actingUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "platform" : authentication.getName();
    }
}
