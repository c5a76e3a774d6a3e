/**
 * 审计查阅 — auditors' read-only history: process instances (running and completed) from the engine's history with
 * every step, who did it, variables over time and comments, filtered to the reader's scope; and the factor library
 * (rule-base) versions with row-level differences between two versions. Needs PROCESS_HISTORY_READ.
 */
package org.dualcarbon.history;
