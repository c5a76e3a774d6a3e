package org.dualcarbon.organization;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.scope.ScopePaths;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.identifiers.UnifiedSocialCreditCode;
import org.dualcarbon.organization.internal.GroupMapper;
import org.dualcarbon.organization.internal.GroupRow;
import org.dualcarbon.organization.internal.ParkMapper;
import org.dualcarbon.organization.internal.ParkRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Industrial parks and enterprise groups: reference data every user reads; officials register them. */
@Service
@Validated
public class ParkService {

    private final ParkMapper parks;
    private final GroupMapper groups;
    private final RegionService regions;
    private final ScopeContext scope;

    public ParkService(ParkMapper parks, GroupMapper groups, RegionService regions, ScopeContext scope) {
        this.parks = parks;
        this.groups = groups;
        this.regions = regions;
        this.scope = scope;
    }

    public List<Park> parks() {
        return parks.all();
    }

    public Optional<Park> park(long id) {
        return parks.find(id);
    }

    public List<EnterpriseGroup> groups() {
        return groups.all();
    }

    public Optional<EnterpriseGroup> group(long id) {
        return groups.find(id);
    }

    /** Registers a group; its subsidiaries name it when they are registered or changed. */
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public EnterpriseGroup registerGroup(@Valid GroupForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        UnifiedSocialCreditCode.problem(form.uscc()).ifPresent(p -> problems.add(new FieldProblem("uscc", p)));
        if (regions.find(form.regionCode()).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "行政区划代码不存在 / unknown division code " + form.regionCode()));
        }
        if (groups.existsUscc(form.uscc())) {
            problems.add(new FieldProblem("uscc", "该统一社会信用代码已登记 / this code is already registered"));
        }
        if (groups.existsName(form.name())) {
            problems.add(new FieldProblem("name", "集团名称已存在 / a group of this name exists"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GroupRow row = new GroupRow(form.uscc(), form.name(), form.regionCode());
        groups.insert(row);
        return groups.find(row.getId()).orElseThrow();
    }

    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public Park register(@Valid ParkForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Region> region = regions.find(form.regionCode());
        if (region.isEmpty()) {
            problems.add(new FieldProblem("regionCode", "行政区划代码不存在 / unknown division code " + form.regionCode()));
        } else if (!scope.current().covers(region.get().path())) {
            problems.add(new FieldProblem("regionCode", "该地区不在您的管辖范围内 / outside your jurisdiction"));
        }
        if (parks.existsCode(form.code())) {
            problems.add(new FieldProblem("code", "园区代码已被使用 / code already used"));
        }
        if (parks.existsName(form.name())) {
            problems.add(new FieldProblem("name", "园区名称已存在 / a park of this name exists"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String path = ScopePaths.child(region.get().path(), ScopePaths.parkSegment(form.code()));
        ParkRow row = new ParkRow(form.code(), form.name(), form.regionCode(), form.parkLevel(), path);
        parks.insert(row);
        return parks.find(row.getId()).orElseThrow();
    }
}
