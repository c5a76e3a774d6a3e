package org.dualcarbon.organization.internal;

import org.dualcarbon.common.scope.ScopedRow;

/** One activity item a unit reports, as written to emission_unit_item. */
public record UnitItemRow(long unitId, String itemCode, String scopePath) implements ScopedRow {
}
