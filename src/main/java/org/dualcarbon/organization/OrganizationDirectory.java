package org.dualcarbon.organization;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.organization.internal.EnterpriseMapper;
import org.springframework.stereotype.Service;

/**
 * Where an organisation sits in the tree, for working out a user's scope at login. Runs as the platform,
 * since the user has no scope yet.
 */
@Service
public class OrganizationDirectory {

    private final RegionService regions;
    private final ParkService parks;
    private final EnterpriseMapper enterprises;
    private final ScopeContext scope;

    public OrganizationDirectory(RegionService regions, ParkService parks, EnterpriseMapper enterprises,
                                 ScopeContext scope) {
        this.regions = regions;
        this.parks = parks;
        this.enterprises = enterprises;
        this.scope = scope;
    }

    public Optional<Region> region(String code) {
        return regions.find(code);
    }

    public Optional<Park> park(long id) {
        return scope.asSystem(() -> parks.park(id));
    }

    public Optional<EnterpriseGroup> group(long id) {
        return scope.asSystem(() -> parks.group(id));
    }

    public Optional<Enterprise> enterprise(long id) {
        return scope.asSystem(() -> enterprises.find(id));
    }

    public List<Park> parks() {
        return scope.asSystem(parks::parks);
    }

    public Optional<Enterprise> enterpriseByUscc(String uscc) {
        return scope.asSystem(() -> enterprises.findByUscc(uscc));
    }

    /** A group's subsidiaries. */
    public List<Enterprise> subsidiaries(long groupId) {
        EnterpriseQuery query = new EnterpriseQuery(null, null, groupId, null, null, null, 0, 200);
        return scope.asSystem(() -> enterprises.page(query, null));
    }

    /** Scope paths of a group's subsidiaries. */
    public List<String> subsidiaryPaths(long groupId) {
        return scope.asSystem(() -> enterprises.scopePathsOfGroup(groupId));
    }

    public List<String> enterprisePaths(List<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return scope.asSystem(() -> enterprises.scopePathsOf(enterpriseIds));
    }
}
