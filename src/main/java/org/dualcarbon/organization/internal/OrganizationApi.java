package org.dualcarbon.organization.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.energy.ActivityItem;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.organization.EmissionUnit;
import org.dualcarbon.organization.EmissionUnitForm;
import org.dualcarbon.organization.EmissionUnitService;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.EnterpriseForm;
import org.dualcarbon.organization.EnterpriseGroup;
import org.dualcarbon.organization.EnterpriseQuery;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.organization.GroupForm;
import org.dualcarbon.organization.Industry;
import org.dualcarbon.organization.IndustryCatalog;
import org.dualcarbon.organization.PageResult;
import org.dualcarbon.organization.Park;
import org.dualcarbon.organization.ParkForm;
import org.dualcarbon.organization.ParkService;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the organisation model. Lists and objects are limited to the caller's scope; an object outside
 * it answers 404. Validation errors answer 400 with an RFC 9457 problem listing each field.
 */
@RestController
@RequestMapping("/api")
class OrganizationApi {

    private final RegionService regions;
    private final IndustryCatalog industries;
    private final ParkService parks;
    private final EnterpriseService enterprises;
    private final EmissionUnitService units;
    private final ActivityItemCatalog items;

    OrganizationApi(RegionService regions, IndustryCatalog industries, ParkService parks, EnterpriseService enterprises,
                    EmissionUnitService units, ActivityItemCatalog items) {
        this.regions = regions;
        this.industries = industries;
        this.parks = parks;
        this.enterprises = enterprises;
        this.units = units;
        this.items = items;
    }

    /** Provinces, or the divisions directly below {@code parent}. */
    @GetMapping("/regions")
    List<Region> regions(@RequestParam(required = false) String parent) {
        return parent == null ? regions.provinces() : regions.children(parent);
    }

    @GetMapping("/regions/{code}")
    Region region(@PathVariable String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
    }

    @GetMapping("/industries")
    List<Industry> industries() {
        return industries.all();
    }

    @GetMapping("/activity-items")
    List<ActivityItem> activityItems() {
        return items.all();
    }

    @GetMapping("/parks")
    List<Park> parks() {
        return parks.parks();
    }

    @PostMapping("/parks")
    @ResponseStatus(HttpStatus.CREATED)
    Park registerPark(@Valid @RequestBody ParkForm form) {
        return parks.register(form);
    }

    @GetMapping("/enterprise-groups")
    List<EnterpriseGroup> groups() {
        return parks.groups();
    }

    @PostMapping("/enterprise-groups")
    @ResponseStatus(HttpStatus.CREATED)
    EnterpriseGroup registerGroup(@Valid @RequestBody GroupForm form) {
        return parks.registerGroup(form);
    }

    @GetMapping("/enterprises")
    PageResult<Enterprise> enterprises(@RequestParam(required = false) String regionCode,
                                       @RequestParam(required = false) Long parkId,
                                       @RequestParam(required = false) Long groupId,
                                       @RequestParam(required = false) String sector,
                                       @RequestParam(required = false) String q,
                                       @RequestParam(required = false) Boolean ets,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        return enterprises.list(new EnterpriseQuery(regionCode, parkId, groupId, sector, q, ets, page, size));
    }

    @GetMapping("/enterprises/{id}")
    Enterprise enterprise(@PathVariable long id) {
        return enterprises.get(id);
    }

    @PostMapping("/enterprises")
    @ResponseStatus(HttpStatus.CREATED)
    Enterprise register(@Valid @RequestBody EnterpriseForm form) {
        return enterprises.register(form);
    }

    /** Changes an enterprise; {@code version} is the version read, so that concurrent edits are refused. */
    @PutMapping("/enterprises/{id}")
    Enterprise update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody EnterpriseForm form) {
        return enterprises.update(id, version, form);
    }

    @GetMapping("/enterprises/{id}/units")
    List<EmissionUnit> units(@PathVariable long id) {
        return units.ofEnterprise(id);
    }

    @PostMapping("/enterprises/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    EmissionUnit addUnit(@PathVariable long id, @Valid @RequestBody EmissionUnitForm form) {
        return units.add(id, form);
    }

    @GetMapping("/units/{id}")
    EmissionUnit unit(@PathVariable long id) {
        return units.get(id);
    }

    @PutMapping("/units/{id}")
    EmissionUnit updateUnit(@PathVariable long id, @RequestParam(defaultValue = "true") boolean active,
                            @Valid @RequestBody EmissionUnitForm form) {
        return units.update(id, active, form);
    }
}
