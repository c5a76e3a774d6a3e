package org.dualcarbon.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.dualcarbon.common.identifiers.OrganizationCode;
import org.dualcarbon.common.identifiers.UnifiedSocialCreditCode;
import org.dualcarbon.common.scope.ScopePaths;

/**
 * Generates the demo data set from a seed: the same seed and divisions always give the same data. Plain Java,
 * no database: the loader stores what this returns.
 */
public final class DemoDataGenerator {

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String[] BRANDS = {"朔岳", "沙澜", "峰汇", "川禾", "远塬", "岚湖", "驰垣", "昊川", "澄泓", "岱峦",
            "麓原", "霁川", "珂岭", "翰塬", "瑞屿", "沁岚", "弘垣", "溯川", "晞原", "骁峰", "润塬", "锦岚", "穹川", "砚湖"};
    private static final String[] ROADS = {"创业路", "长城路", "黄河东路", "贺兰山路", "工业大道", "科技路", "滨河路"};

    /** Where the three demo parks are and what they are called (fictional). */
    private static final List<String[]> PARKS = List.of(
            new String[] {"NXP01", "灵州绿色能源化工园区", "640181", "NATIONAL"},
            new String[] {"NXP02", "贺兰山新材料产业园", "640202", "PROVINCIAL"},
            new String[] {"NXP03", "黄河金岸低碳冶金园", "640381", "PROVINCIAL"});

    /** Counties with heavy industry, where industrial enterprises outside parks are placed. */
    private static final List<String> INDUSTRIAL_COUNTIES = List.of("640181", "640205", "640221", "640502", "640521",
            "640303", "640122", "640302", "640202", "640381");
    /** Where buildings (data centres, malls, hospitals, hotels) are placed. */
    private static final List<String> URBAN_COUNTIES = List.of("640104", "640106", "640105", "640302", "640502", "640402");

    private final Random random;
    private final int firstYear;
    private final int lastYear;
    private final Map<String, DemoRegion> regions = new LinkedHashMap<>();
    private final Set<String> usedCodes = new HashSet<>();
    private int brand;

    private DemoDataGenerator(long seed, int firstYear, int lastYear, List<DemoRegion> districts) {
        this.random = new Random(seed);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        districts.forEach(d -> regions.put(d.code(), d));
    }

    public static DemoDataSet generate(long seed, int firstYear, int lastYear, List<DemoRegion> districts) {
        return new DemoDataGenerator(seed, firstYear, lastYear, districts).generate();
    }

    private DemoDataSet generate() {
        List<DemoDataSet.Park> parks = PARKS.stream().map(p -> new DemoDataSet.Park(p[0], p[1], p[2], p[3],
                ScopePaths.child(region(p[2]).path(), ScopePaths.parkSegment(p[0])))).toList();
        List<DemoDataSet.Group> groups = List.of(
                new DemoDataSet.Group(uscc("640100"), "宁夏朔方能源集团有限公司", "640100"),
                new DemoDataSet.Group(uscc("640300"), "塞上峰汇建材集团有限公司", "640300"),
                new DemoDataSet.Group(uscc("640200"), "贺兰川禾合金控股有限公司", "640200"));
        Map<String, String> groupOfIndustry = Map.of("4411", groups.get(0).uscc(), "4412", groups.get(0).uscc(),
                "3011", groups.get(1).uscc(), "3140", groups.get(2).uscc());

        List<DemoDataSet.Enterprise> enterprises = new ArrayList<>();
        for (SectorProfile profile : SectorProfile.all()) {
            for (int i = 0; i < profile.count(); i++) {
                boolean inGroup = groupOfIndustry.containsKey(profile.industryCode()) && i < 3;
                enterprises.add(enterprise(profile, i, parks, inGroup ? groupOfIndustry.get(profile.industryCode()) : null));
            }
        }
        List<DemoDataSet.Anomaly> anomalies = new ArrayList<>();
        enterprises = injectAnomalies(enterprises, anomalies);
        return new DemoDataSet(parks, groups, enterprises, users(parks, groups, enterprises), anomalies);
    }

    private DemoDataSet.Enterprise enterprise(SectorProfile profile, int index, List<DemoDataSet.Park> parks, String group) {
        DemoDataSet.Park park = null;
        String county;
        if (profile.units().get(0).kind().equals("BUILDING")) {
            county = URBAN_COUNTIES.get((index + brand) % URBAN_COUNTIES.size());
        } else if (profile.inPark() && index % 3 != 2) {
            park = parks.get((index + profile.count()) % parks.size());
            county = park.regionCode();
        } else {
            county = INDUSTRIAL_COUNTIES.get((index * 3 + brand) % INDUSTRIAL_COUNTIES.size());
        }
        if (index == 0 && profile.industryCode().equals("4411")) {
            // the enterprise of the demo filler sits in 灵武市 inside the first park, so every level sees it
            park = parks.get(0);
            county = park.regionCode();
        }
        DemoRegion region = region(county);
        String name = region.name().replaceAll("(市|区|县)$", "") + BRANDS[brand++ % BRANDS.length] + profile.noun() + "有限公司";
        String uscc = uscc(county);
        String parent = park != null ? park.path() : region.path();
        String path = ScopePaths.child(parent, ScopePaths.enterpriseSegment(uscc));
        String address = "宁夏回族自治区" + region.cityName() + region.name() + ROADS[random.nextInt(ROADS.length)]
                + (10 + random.nextInt(290)) + "号";
        double trend = -0.03 + random.nextDouble() * 0.11;
        List<DemoDataSet.Unit> units = new ArrayList<>();
        int unitCount = profile.units().size() > 1 ? 2 : 1 + random.nextInt(profile.units().get(0).kind().equals("BUILDING") ? 1 : 3);
        for (int u = 0; u < unitCount; u++) {
            SectorProfile.UnitTemplate template = profile.units().get(Math.min(u, profile.units().size() - 1));
            units.add(unit(template, u + 1, trend));
        }
        return new DemoDataSet.Enterprise(uscc, name, county, park == null ? null : park.code(), group,
                profile.industryCode(), profile.etsKeyEmitter(), address, path, units);
    }

    private DemoDataSet.Unit unit(SectorProfile.UnitTemplate template, int number, double trend) {
        double capacity = Math.round(template.minCapacity() + random.nextDouble() * (template.maxCapacity() - template.minCapacity()));
        List<DemoDataSet.Monthly> activity = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            double growth = Math.pow(1 + trend, year - firstYear);
            for (int month = 1; month <= 12; month++) {
                Map<String, Double> base = new TreeMap<>(template.model().month(capacity, month));
                double common = growth * (1 + 0.03 * random.nextGaussian());
                for (String item : template.items()) {
                    double value = base.getOrDefault(item, 0.0) * common * (1 + 0.01 * random.nextGaussian());
                    activity.add(new DemoDataSet.Monthly(year, month, item, amount(Math.max(0, value))));
                }
            }
        }
        LocalDate commissioned = LocalDate.of(2005 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new DemoDataSet.Unit(String.format("U%02d", number), String.format(template.name(), number, capacity),
                template.kind(), BigDecimal.valueOf(capacity).setScale(0, RoundingMode.HALF_UP), template.capacityUnit(),
                commissioned, template.items(), activity);
    }

    /** The deliberate oddities, each recorded as an anomaly: checks later in the platform must find them. */
    private List<DemoDataSet.Enterprise> injectAnomalies(List<DemoDataSet.Enterprise> enterprises,
                                                         List<DemoDataSet.Anomaly> anomalies) {
        List<DemoDataSet.Enterprise> result = new ArrayList<>(enterprises);
        int latest = lastYear;
        change(result, anomalies, "3140", "ELECTRICITY", latest - 1, 7, "UNIT_SCALE_SLIP",
                "电力按kWh误填为MWh，数值放大1000倍", q -> q.multiply(BigDecimal.valueOf(1000)));
        change(result, anomalies, "3011", "RAW_COAL", latest - 2, 4, "MISSING_MONTH", "原煤消费量缺报一个月", q -> null);
        change(result, anomalies, "2522", "RAW_COAL", latest, 5, "SPIKE", "原煤消费量突增至正常的3倍",
                q -> q.multiply(BigDecimal.valueOf(3)));
        change(result, anomalies, "4412", "POWER_GENERATED", latest - 3, 9, "ZERO_WHILE_RUNNING",
                "机组耗煤正常但发电量填报为0", q -> BigDecimal.ZERO.setScale(2));
        for (int month = 1; month <= 12; month++) {
            change(result, month == 1 ? anomalies : new ArrayList<>(), "6550", "ELECTRICITY", latest, month, "YEAR_ON_YEAR_JUMP",
                    "数据中心扩容，用电量同比增长约60%", q -> q.multiply(new BigDecimal("1.6")).setScale(2, RoundingMode.HALF_UP));
        }
        return result;
    }

    private void change(List<DemoDataSet.Enterprise> enterprises, List<DemoDataSet.Anomaly> anomalies, String industry,
                        String item, int year, int month, String kind, String description,
                        java.util.function.UnaryOperator<BigDecimal> edit) {
        for (int e = 0; e < enterprises.size(); e++) {
            DemoDataSet.Enterprise enterprise = enterprises.get(e);
            if (!enterprise.industryCode().equals(industry)) {
                continue;
            }
            DemoDataSet.Unit unit = enterprise.units().get(0);
            List<DemoDataSet.Monthly> activity = new ArrayList<>();
            for (DemoDataSet.Monthly m : unit.activity()) {
                if (m.year() == year && m.month() == month && m.itemCode().equals(item)) {
                    BigDecimal changed = edit.apply(m.quantity());
                    if (changed != null) {
                        activity.add(new DemoDataSet.Monthly(year, month, item, changed));
                    }
                } else {
                    activity.add(m);
                }
            }
            List<DemoDataSet.Unit> units = new ArrayList<>(enterprise.units());
            units.set(0, new DemoDataSet.Unit(unit.code(), unit.name(), unit.kind(), unit.capacity(), unit.capacityUnit(),
                    unit.commissionedOn(), unit.itemCodes(), activity));
            enterprises.set(e, new DemoDataSet.Enterprise(enterprise.uscc(), enterprise.name(), enterprise.regionCode(),
                    enterprise.parkCode(), enterprise.groupUscc(), enterprise.industryCode(), enterprise.etsKeyEmitter(),
                    enterprise.address(), enterprise.scopePath(), units));
            anomalies.add(new DemoDataSet.Anomaly(enterprise.uscc(), unit.code(), item, year, month, kind, description));
            return;
        }
        throw new IllegalStateException("no demo enterprise of industry " + industry);
    }

    private List<DemoDataSet.User> users(List<DemoDataSet.Park> parks, List<DemoDataSet.Group> groups,
                                         List<DemoDataSet.Enterprise> enterprises) {
        DemoDataSet.Enterprise filler = enterprises.stream().filter(e -> e.industryCode().equals("4411")).findFirst().orElseThrow();
        List<String> assigned = new ArrayList<>();
        assigned.add(filler.uscc());
        for (int i = 5; i < enterprises.size() && assigned.size() < 8; i += 5) {
            assigned.add(enterprises.get(i).uscc());
        }
        return List.of(
                user("gov.province", "马立新", "GOV_OFFICIAL", "640000", null, null, null, List.of()),
                user("gov.city", "李红梅", "GOV_OFFICIAL", "640100", null, null, null, List.of()),
                user("gov.district", "张卫东", "GOV_OFFICIAL", "640181", null, null, null, List.of()),
                user("park.manager", "王建平", "PARK_MANAGER", null, parks.get(0).code(), null, null, List.of()),
                user("ent.filler", "赵晓燕", "ENTERPRISE_FILLER", null, null, filler.uscc(), null, List.of()),
                user("ent.manager", "刘志强", "ENTERPRISE_MANAGER", null, null, filler.uscc(), null, List.of()),
                user("group.manager", "杨国庆", "ENTERPRISE_MANAGER", null, null, null, groups.get(0).uscc(), List.of()),
                user("verifier", "陈静（宁核认证）", "VERIFIER", null, null, null, null, assigned),
                user("rule.author", "周明", "RULE_AUTHOR", null, null, null, null, List.of()),
                user("auditor", "吴晓峰", "AUDITOR", "640000", null, null, null, List.of()),
                user("sysadmin", "孙磊", "SYSTEM_ADMIN", null, null, null, null, List.of()),
                user("secadmin", "郑宁", "SECURITY_ADMIN", null, null, null, null, List.of()),
                user("auditadmin", "何雪", "AUDIT_ADMIN", null, null, null, null, List.of()));
    }

    private static DemoDataSet.User user(String username, String name, String role, String region, String park,
                                         String enterprise, String group, List<String> assigned) {
        return new DemoDataSet.User(username, name, role, region, park, enterprise, group, assigned);
    }

    /** A unique, valid 统一社会信用代码 registered in the given division: 9 (工商), 1 (企业), division, GB 11714 code. */
    private String uscc(String divisionCode) {
        while (true) {
            StringBuilder body = new StringBuilder("MA");
            for (int i = 0; i < 6; i++) {
                body.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            String organisation = body.toString() + OrganizationCode.checkCharacter(body.toString());
            String first17 = "91" + divisionCode + organisation;
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            if (usedCodes.add(code)) {
                return code;
            }
        }
    }

    private DemoRegion region(String code) {
        DemoRegion region = regions.get(code);
        if (region == null) {
            throw new IllegalStateException("demo division " + code + " is not in the division catalogue");
        }
        return region;
    }

    private static BigDecimal amount(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
