package org.dualcarbon.factors.internal;

import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.factors.Factor;
import org.dualcarbon.factors.FactorKey;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Factor libraries over REST: versions, rows with citations, and lookups by (factor, region, year, version). */
@RestController
@RequestMapping("/api/factors")
class FactorApi {

    private final FactorLibraries libraries;

    FactorApi(FactorLibraries libraries) {
        this.libraries = libraries;
    }

    @GetMapping("/libraries")
    List<LibraryVersionMapper.StoredVersion> versions() {
        return libraries.versions();
    }

    @GetMapping("/libraries/{code}/{version}")
    List<Factor> rows(@PathVariable String code, @PathVariable String version) {
        return libraries.rows(code, version);
    }

    /**
     * The factor a calculation would use: {@code library} and {@code version} (default: the active version),
     * {@code parameter}, {@code subject}, {@code region} (province code or CN) and reporting {@code year}.
     */
    @GetMapping("/lookup")
    Factor lookup(@RequestParam String library, @RequestParam(required = false) String version,
                  @RequestParam String parameter, @RequestParam String subject,
                  @RequestParam(defaultValue = FactorKey.NATIONAL) String region, @RequestParam int year) {
        FactorParameter p;
        try {
            p = FactorParameter.valueOf(parameter);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("parameter", "未知参数 / unknown parameter " + parameter);
        }
        var lookup = version == null ? libraries.activeLookup(library) : libraries.lookup(library, version);
        FactorKey key = new FactorKey(p, subject, region, year);
        return lookup.find(key).orElseThrow(() -> new NotFoundException("factor", key));
    }
}
