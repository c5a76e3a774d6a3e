package org.dualcarbon.organization;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dualcarbon.common.identifiers.DivisionCode;
import org.dualcarbon.common.identifiers.UnifiedSocialCreditCode;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.common.scope.ScopePaths;
import org.dualcarbon.common.scope.ScopeRepather;
import org.dualcarbon.common.web.FieldProblem;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.internal.EnterpriseMapper;
import org.dualcarbon.organization.internal.EnterpriseRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Enterprises: list, read, register and change, always within the caller's scope. An enterprise outside the
 * scope reads as not found.
 */
@Service
@Validated
public class EnterpriseService {

    private final EnterpriseMapper enterprises;
    private final RegionService regions;
    private final ParkService parks;
    private final IndustryCatalog industries;
    private final ScopeContext scope;
    private final ScopeRepather repather;
    private final ApplicationEventPublisher events;

    public EnterpriseService(EnterpriseMapper enterprises, RegionService regions, ParkService parks,
                             IndustryCatalog industries, ScopeContext scope, ScopeRepather repather,
                             ApplicationEventPublisher events) {
        this.events = events;
        this.enterprises = enterprises;
        this.regions = regions;
        this.parks = parks;
        this.industries = industries;
        this.scope = scope;
        this.repather = repather;
    }

    @PreAuthorize("hasAuthority('ORG_READ')")
    public PageResult<Enterprise> list(EnterpriseQuery query) {
        String regionPath = null;
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            regionPath = regions.find(query.regionCode())
                    .orElseThrow(() -> new InvalidInputException("regionCode", "行政区划代码不存在 / unknown division code"))
                    .path();
        }
        return new PageResult<>(enterprises.page(query, regionPath), enterprises.count(query, regionPath),
                query.page(), query.size());
    }

    @PreAuthorize("hasAuthority('ORG_READ')")
    public Enterprise get(long id) {
        return enterprises.find(id).orElseThrow(() -> new NotFoundException("enterprise", id));
    }

    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public Enterprise register(@Valid EnterpriseForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        UnifiedSocialCreditCode.problem(form.uscc()).ifPresent(p -> problems.add(new FieldProblem("uscc", p)));
        if (problems.isEmpty() && scope.asSystem(() -> enterprises.countByUscc(form.uscc())) > 0) {
            problems.add(new FieldProblem("uscc", "该统一社会信用代码已登记 / this code is already registered"));
        }
        String path = placement(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EnterpriseRow row = new EnterpriseRow(null, form, path, 0);
        try {
            enterprises.insert(row);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("uscc", "该统一社会信用代码已登记 / this code is already registered");
        }
        return get(row.getId());
    }

    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Transactional
    public Enterprise update(long id, int expectedVersion, @Valid EnterpriseForm form) {
        Enterprise current = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!current.uscc().equals(form.uscc())) {
            problems.add(new FieldProblem("uscc", "统一社会信用代码登记后不可修改 / the code cannot change once registered"));
        }
        String path = placement(form, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!path.equals(current.scopePath())) {
            repather.move(current.scopePath(), path);
        }
        if (enterprises.update(new EnterpriseRow(id, form, path, expectedVersion)) != 1) {
            throw new InvalidInputException("version", "该企业信息已被他人修改，请刷新后重试 / changed by someone else; reload and retry");
        }
        events.publishEvent(new EnterpriseUpdated(id));
        return get(id);
    }

    /** Checks region, park, group and industry, and returns the scope path the enterprise will have. */
    private String placement(EnterpriseForm form, List<FieldProblem> problems) {
        Optional<Region> region = regions.find(form.regionCode());
        if (region.isEmpty()) {
            problems.add(new FieldProblem("regionCode", "行政区划代码不存在 / unknown division code " + form.regionCode()));
        } else if (region.get().level() == DivisionCode.Level.PROVINCE) {
            problems.add(new FieldProblem("regionCode", "请选择到市或区县 / choose a city or a county-level division"));
        }
        Optional<Park> park = Optional.empty();
        if (form.parkId() != null) {
            park = parks.park(form.parkId());
            if (park.isEmpty()) {
                problems.add(new FieldProblem("parkId", "园区不存在 / unknown park"));
            } else if (!Objects.equals(park.get().regionCode(), form.regionCode())) {
                problems.add(new FieldProblem("parkId", "园区不在所选行政区划内 / the park is not in the chosen division"));
            }
        }
        if (form.groupId() != null && parks.group(form.groupId()).isEmpty()) {
            problems.add(new FieldProblem("groupId", "企业集团不存在 / unknown enterprise group"));
        }
        Optional<Industry> industry = industries.find(form.industryCode());
        if (industry.isEmpty()) {
            problems.add(new FieldProblem("industryCode", "行业代码不在GB/T 4754-2017目录中 / unknown GB/T 4754-2017 code"));
        } else if (!"CLASS".equals(industry.get().level())) {
            problems.add(new FieldProblem("industryCode", "请选择行业小类（4位代码） / choose a 4-digit class"));
        }
        if (region.isEmpty() || !problems.isEmpty() || !UnifiedSocialCreditCode.isValid(form.uscc())) {
            return null;
        }
        String parent = park.map(Park::path).orElse(region.get().path());
        String path = ScopePaths.child(parent, ScopePaths.enterpriseSegment(form.uscc()));
        if (!scope.current().covers(path)) {
            problems.add(new FieldProblem("regionCode", "该地区或园区不在您的管辖范围内 / outside your jurisdiction"));
        }
        return path;
    }
}
