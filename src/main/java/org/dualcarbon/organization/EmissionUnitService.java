package org.dualcarbon.organization;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.organization.internal.EmissionUnitMapper;
import org.dualcarbon.organization.internal.EmissionUnitRow;
import org.dualcarbon.organization.internal.UnitData;
import org.dualcarbon.organization.internal.UnitItemRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Emission units (排放设施) of an enterprise and the activity items each reports. */
@Service
@Validated
public class EmissionUnitService {

    private final EmissionUnitMapper units;
    private final EnterpriseService enterprises;
    private final ActivityItemCatalog items;

    public EmissionUnitService(EmissionUnitMapper units, EnterpriseService enterprises, ActivityItemCatalog items) {
        this.units = units;
        this.enterprises = enterprises;
        this.items = items;
    }

    @PreAuthorize("hasAuthority('ORG_READ')")
    public List<EmissionUnit> ofEnterprise(long enterpriseId) {
        enterprises.get(enterpriseId);
        return withItems(units.ofEnterprise(enterpriseId));
    }

    @PreAuthorize("hasAuthority('ORG_READ')")
    public EmissionUnit get(long unitId) {
        return units.find(unitId).map(u -> withItems(List.of(u)).get(0))
                .orElseThrow(() -> new NotFoundException("emission unit", unitId));
    }

    @PreAuthorize("hasAuthority('UNIT_MANAGE')")
    @Transactional
    public EmissionUnit add(long enterpriseId, @Valid EmissionUnitForm form) {
        Enterprise enterprise = enterprises.get(enterpriseId);
        List<FieldProblem> problems = checkItems(form);
        if (units.countCode(enterpriseId, form.code()) > 0) {
            problems.add(new FieldProblem("code", "该企业已有此编号的排放设施 / the enterprise already has a unit with this code"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EmissionUnitRow row = new EmissionUnitRow(null, enterpriseId, form, true, enterprise.scopePath());
        units.insert(row);
        writeItems(row.getId(), form, enterprise.scopePath());
        return get(row.getId());
    }

    @PreAuthorize("hasAuthority('UNIT_MANAGE')")
    @Transactional
    public EmissionUnit update(long unitId, boolean active, @Valid EmissionUnitForm form) {
        EmissionUnit current = get(unitId);
        List<FieldProblem> problems = checkItems(form);
        if (!current.code().equals(form.code())) {
            problems.add(new FieldProblem("code", "编号不可修改 / the code cannot change"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        units.update(new EmissionUnitRow(unitId, current.enterpriseId(), form, active, current.scopePath()));
        units.deleteItems(unitId);
        writeItems(unitId, form, current.scopePath());
        return get(unitId);
    }

    private List<FieldProblem> checkItems(EmissionUnitForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = items.byCode().keySet();
        List<String> codes = form.itemCodes() == null ? List.of() : form.itemCodes();
        for (int i = 0; i < codes.size(); i++) {
            if (!known.contains(codes.get(i))) {
                problems.add(new FieldProblem("itemCodes[" + i + "]", "未知的活动数据项 / unknown item " + codes.get(i)));
            }
        }
        if (codes.isEmpty()) {
            problems.add(new FieldProblem("itemCodes", "至少选择一项燃料、原料或产品 / choose at least one item"));
        }
        return problems;
    }

    private void writeItems(long unitId, EmissionUnitForm form, String scopePath) {
        List<UnitItemRow> rows = new LinkedHashSet<>(form.itemCodes()).stream()
                .map(code -> new UnitItemRow(unitId, code, scopePath)).toList();
        units.insertItems(rows);
    }

    private List<EmissionUnit> withItems(List<UnitData> data) {
        if (data.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> itemsByUnit = units.itemsOf(data.stream().map(UnitData::id).toList()).stream()
                .collect(Collectors.groupingBy(UnitItemRow::unitId,
                        Collectors.mapping(UnitItemRow::itemCode, Collectors.toList())));
        return data.stream().map(u -> new EmissionUnit(u.id(), u.enterpriseId(), u.code(), u.name(), u.kind(),
                u.capacity(), u.capacityUnit(), u.commissionedOn(), u.active(), u.scopePath(),
                itemsByUnit.getOrDefault(u.id(), List.of()))).toList();
    }
}
