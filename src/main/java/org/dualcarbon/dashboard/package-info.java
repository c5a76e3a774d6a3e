/**
 * Home pages per role (展示层, PC and mobile): the government and park overview of activity and energy for
 * the user's jurisdiction, the enterprise's own units and latest data, and the homes of verifiers, rule authors
 * and the three administrators. Every figure is read from the database within the caller's scope.
 */
package org.dualcarbon.dashboard;
