package org.dualcarbon.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dualcarbon.common.scope.Scope;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user: account, the organisation it acts for ({@code organizationName}), its data scope, and
 * its authorities ({@code ROLE_<role>} plus one per permission of the matrix).
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final UserAccount account;
    private final String organizationName;
    private final Scope scope;
    private String passwordHash;
    private final boolean locked;
    private final boolean initialPassword;

    public CurrentUser(UserAccount account, String passwordHash, String organizationName, Scope scope) {
        this(account, passwordHash, organizationName, scope, false, false);
    }

    /**
     * An account as loaded for a login: {@code locked} after too many failed attempts (the login is refused first);
     * {@code initialPassword} while it still has the password an administrator set (it must change it first).
     */
    public CurrentUser(UserAccount account, String passwordHash, String organizationName, Scope scope, boolean locked,
                       boolean initialPassword) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.organizationName = organizationName;
        this.scope = scope;
        this.locked = locked;
        this.initialPassword = initialPassword;
    }

    /** Logged in with the initial password an administrator set (it may have been changed since in this session). */
    public boolean loggedInWithInitialPassword() {
        return initialPassword;
    }

    public UserAccount account() {
        return account;
    }

    public Role role() {
        return account.role();
    }

    public Scope scope() {
        return scope;
    }

    public String organizationName() {
        return organizationName;
    }

    public String displayName() {
        return account.displayName();
    }

    public boolean can(Permission permission) {
        return PermissionMatrix.allows(account.role(), permission);
    }

    /** Refuses (403) a user without the permission. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new org.springframework.security.access.AccessDeniedException("missing permission " + permission);
        }
    }

    /** For templates: {@code me.can("ORG_MANAGE")}. */
    public boolean can(String permission) {
        return can(Permission.valueOf(permission));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
        PermissionMatrix.of(account.role()).forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + account.username() + ", " + account.role() + "]";
    }
}
