package org.dualcarbon.organization;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.organization.internal.RegionMapper;
import org.springframework.stereotype.Service;

/** Administrative divisions (GB/T 2260): public reference data. */
@Service
public class RegionService {

    private final RegionMapper regions;

    public RegionService(RegionMapper regions) {
        this.regions = regions;
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.find(code);
    }

    public List<Region> provinces() {
        return regions.provinces();
    }

    public List<Region> children(String parentCode) {
        return regions.children(parentCode);
    }

    /** Every division, provinces first. */
    public List<Region> all() {
        return regions.below("/");
    }

    /** The region and every division below it. */
    public List<Region> below(Region region) {
        return regions.below(region.path());
    }
}
