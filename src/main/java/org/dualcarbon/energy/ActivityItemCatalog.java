package org.dualcarbon.energy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dualcarbon.energy.internal.ActivityItemMapper;
import org.springframework.stereotype.Service;

/** The catalogue of activity items; small reference data, read once per call. */
@Service
public class ActivityItemCatalog {

    private final ActivityItemMapper mapper;

    public ActivityItemCatalog(ActivityItemMapper mapper) {
        this.mapper = mapper;
    }

    public List<ActivityItem> all() {
        return mapper.all();
    }

    public Optional<ActivityItem> find(String code) {
        return code == null ? Optional.empty() : mapper.find(code);
    }

    public Map<String, ActivityItem> byCode() {
        return all().stream().collect(Collectors.toMap(ActivityItem::code, Function.identity()));
    }
}
