package org.dualcarbon.security;

/**
 * Works out where an account sits in the organisation tree. The organisation capability provides it, so that
 * this capability needs no knowledge of regions, parks or enterprises.
 */
public interface UserBindings {

    UserBinding bindingOf(UserAccount account);

    /** Problems with the organisation an account names for its role (missing, unknown, or not allowed). */
    java.util.List<org.dualcarbon.common.web.FieldProblem> problemsWith(UserAccount account, java.util.List<Long> assignments);
}
