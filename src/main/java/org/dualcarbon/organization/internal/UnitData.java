package org.dualcarbon.organization.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dualcarbon.organization.EmissionUnitKind;

/** An emission_unit row without its items. */
public record UnitData(Long id, Long enterpriseId, String code, String name, EmissionUnitKind kind, BigDecimal capacity,
                String capacityUnit, LocalDate commissionedOn, boolean active, String scopePath) {
}
