package org.dualcarbon.security.internal;

import org.dualcarbon.security.UserAccount;

/** A new account as written to app_user; MyBatis fills the generated id. */
public class UserRow {
    private Long id;
    private final UserAccount account;
    private final String passwordHash;

    public UserRow(UserAccount account, String passwordHash) {
        this.account = account;
        this.passwordHash = passwordHash;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
