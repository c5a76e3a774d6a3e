package org.dualcarbon.security;

import org.dualcarbon.common.scope.Scope;

/** The organisation a user acts for (its display name) and the data scope that follows from it. */
public record UserBinding(String organizationName, Scope scope) {

    public static final UserBinding NOTHING = new UserBinding("", Scope.none());
}
