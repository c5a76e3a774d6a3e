/**
 * The annual emissions reporting cycle (年度碳排放报告): officials launch a cycle for a year and a division; every
 * emission unit in scope gets a report driven by BPMN — submission through a form generated from its industry's
 * template, accounting, anomaly rules (Drools), explanation or correction, verification and approval — and
 * officials follow progress by district and industry. Every submission is kept as its own version.
 */
package org.dualcarbon.reporting;
