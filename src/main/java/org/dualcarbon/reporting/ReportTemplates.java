package org.dualcarbon.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The industry templates of forms/reporting/, read once; a sector without its own template uses GENERAL. */
@Component
public class ReportTemplates {

    static final String GENERAL = "GENERAL";

    private final Map<String, ReportTemplate> bySector = new HashMap<>();

    public ReportTemplates(ObjectMapper json) {
        ObjectMapper strict = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/reporting/*.json")) {
                ReportTemplate template = strict.readValue(file.getInputStream(), ReportTemplate.class);
                bySector.put(template.sector(), template);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a reporting template under forms/reporting could not be read", e);
        }
        if (!bySector.containsKey(GENERAL)) {
            throw new IllegalStateException("forms/reporting/GENERAL.json is missing");
        }
    }

    public ReportTemplate forSector(String sector) {
        return bySector.getOrDefault(sector == null ? GENERAL : sector, bySector.get(GENERAL));
    }
}
