/**
 * The process engine behind our login: Camunda 7 reads our users and roles through a read-only identity
 * provider (no second user list), the webapps sign in with the platform session, and every engine REST call
 * runs as the calling user so that the engine's authorization checks apply. Engine calls of other capabilities
 * go through their own process packages; this one owns identity, groups and grants.
 */
package org.dualcarbon.workflow;
