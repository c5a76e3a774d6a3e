package org.dualcarbon.security;

import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.security.internal.UserMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password (security.md §1.1): the current password must be right, the new one must meet
 * {@link PasswordPolicy}, be typed twice alike, and differ from the current one and the last ones the policy names ({@link SecurityPolicy#historyCount()}).
 * An account created by an administrator must do this at its first login.
 */
@Service
public class PasswordChange {

    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final SecurityPolicies policies;

    public PasswordChange(UserMapper users, PasswordEncoder passwords, SecurityPolicies policies) {
        this.users = users;
        this.passwords = passwords;
        this.policies = policies;
    }

    public boolean mustChange(String username) {
        return users.mustChangePassword(username);
    }

    @Transactional
    public void change(String username, String current, String next, String confirmation) {
        String hash = users.passwordHash(username).orElseThrow(() -> new InvalidInputException("current", "账号不存在 / no such account"));
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !passwords.matches(current, hash)) {
            problems.add(new FieldProblem("current", "当前密码不正确 / the current password is wrong"));
        }
        SecurityPolicy policy = policies.current();
        int history = policy.historyCount();
        PasswordPolicy.problem(next, policy).ifPresent(p -> problems.add(new FieldProblem("password", p)));
        if (next != null && !next.equals(confirmation)) {
            problems.add(new FieldProblem("confirmation", "两次输入的新密码不一致 / the two entries differ"));
        }
        if (next != null && problems.isEmpty() && (passwords.matches(next, hash)
                || users.recentPasswordHashes(username, history).stream().anyMatch(old -> passwords.matches(next, old)))) {
            problems.add(new FieldProblem("password", "不能使用当前或最近" + history + "次用过的密码 / not the current or one of the last "
                    + history + " passwords"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        users.insertPasswordHistory(username, hash);
        users.changePassword(username, passwords.encode(next));
    }
}
