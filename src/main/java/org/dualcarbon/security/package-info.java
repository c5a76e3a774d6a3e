/**
 * Users, roles and data scopes: who may log in, what each role may do (one role × permission matrix) and what
 * part of the organisation tree each user sees. Form login with our own pages; passwords hashed with bcrypt.
 */
package org.dualcarbon.security;
