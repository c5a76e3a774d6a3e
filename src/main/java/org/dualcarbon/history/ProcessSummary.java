package org.dualcarbon.history;

import java.util.Date;

/** One process instance in the auditor's list: what it is about (label), its year, when it ran and how it ended. */
public record ProcessSummary(String id, String processKey, String businessKey, String label, Integer year, Date start,
                             Date end, String state) {
}
