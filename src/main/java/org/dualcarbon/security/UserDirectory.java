package org.dualcarbon.security;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.security.internal.UserMapper;
import org.springframework.stereotype.Service;

/** Read access to user accounts, for the process engine's identity provider and the admin pages. */
@Service
public class UserDirectory {

    private final UserMapper users;

    public UserDirectory(UserMapper users) {
        this.users = users;
    }

    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty() : users.findAccount(username);
    }

    public List<UserAccount> all() {
        return users.all();
    }

    public long count() {
        return users.count();
    }

    public List<Long> verifierAssignments(long userId) {
        return users.assignments(userId);
    }
}
