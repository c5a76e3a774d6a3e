package org.dualcarbon.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dualcarbon.common.scope.ScopedRow;

/**
 * An emission unit or facility of an enterprise, with the activity items (fuels, process inputs,
 * purchased energy, products) it reports.
 */
public record EmissionUnit(Long id, Long enterpriseId, String code, String name, EmissionUnitKind kind,
                           BigDecimal capacity, String capacityUnit, LocalDate commissionedOn, boolean active,
                           String scopePath, List<String> itemCodes) implements ScopedRow {
}
