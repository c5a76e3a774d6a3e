package org.dualcarbon.security.internal;

import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.UserAccount;
import org.dualcarbon.security.UserBinding;
import org.dualcarbon.security.UserBindings;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for login, with its scope worked out once per login. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserMapper users;
    private final UserBindings bindings;
    private final LoginLockout lockout;

    AccountUserDetailsService(UserMapper users, UserBindings bindings, LoginLockout lockout) {
        this.users = users;
        this.bindings = bindings;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findAccount(username)
                .orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
        String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
        UserBinding binding = bindings.bindingOf(account);
        UserMapper.LoginState state = lockout.state(username);
        return new CurrentUser(account, hash, binding.organizationName(), binding.scope(), state.locked(), state.initialPassword());
    }
}
