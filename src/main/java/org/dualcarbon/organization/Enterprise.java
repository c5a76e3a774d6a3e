package org.dualcarbon.organization;

import org.dualcarbon.common.scope.ScopedRow;

/**
 * An enterprise (碳排放单位: a legal person or an independently accounting unit), with the names of its
 * region, park, group and industry for display. {@code etsKeyEmitter} marks a 全国碳市场重点排放单位.
 */
public record Enterprise(Long id, String uscc, String name, String regionCode, String regionName, Long parkId,
                         String parkName, Long groupId, String groupName, String industryCode, String industryName,
                         String sector, boolean etsKeyEmitter, String address, String scopePath, int version)
        implements ScopedRow {
}
