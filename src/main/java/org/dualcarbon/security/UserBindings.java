package org.dualcarbon.security;

/**
 * Works out where an account sits in the organisation tree. The organisation capability provides it, so that
 * this capability needs no knowledge of regions, parks or enterprises.
 */
public interface UserBindings {

    UserBinding bindingOf(UserAccount account);
}
