package org.dualcarbon.organization;

import java.util.List;
import java.util.Optional;
import org.dualcarbon.organization.internal.IndustryMapper;
import org.springframework.stereotype.Service;

/** GB/T 4754-2017 industries known to the platform. */
@Service
public class IndustryCatalog {

    private final IndustryMapper industries;

    public IndustryCatalog(IndustryMapper industries) {
        this.industries = industries;
    }

    public List<Industry> all() {
        return industries.all();
    }

    /** The 4-digit classes, which enterprises are classified by. */
    public List<Industry> classes() {
        return industries.all().stream().filter(i -> "CLASS".equals(i.level())).toList();
    }

    public Optional<Industry> find(String code) {
        return code == null ? Optional.empty() : industries.find(code);
    }
}
