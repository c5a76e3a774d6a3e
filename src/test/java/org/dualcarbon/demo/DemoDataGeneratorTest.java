package org.dualcarbon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dualcarbon.common.identifiers.UnifiedSocialCreditCode;
import org.dualcarbon.common.scope.ScopePaths;
import org.junit.jupiter.api.Test;

/** The demo data set: reproducible, large and varied enough, realistic in shape, and with its anomalies visible. */
class DemoDataGeneratorTest {

    /** The 22 county-level divisions of 宁夏回族自治区 (GB/T 2260). */
    static final List<DemoRegion> NINGXIA = List.of(
            d("640104", "兴庆区", "银川市"), d("640105", "西夏区", "银川市"), d("640106", "金凤区", "银川市"),
            d("640121", "永宁县", "银川市"), d("640122", "贺兰县", "银川市"), d("640181", "灵武市", "银川市"),
            d("640202", "大武口区", "石嘴山市"), d("640205", "惠农区", "石嘴山市"), d("640221", "平罗县", "石嘴山市"),
            d("640302", "利通区", "吴忠市"), d("640303", "红寺堡区", "吴忠市"), d("640323", "盐池县", "吴忠市"),
            d("640324", "同心县", "吴忠市"), d("640381", "青铜峡市", "吴忠市"), d("640402", "原州区", "固原市"),
            d("640422", "西吉县", "固原市"), d("640423", "隆德县", "固原市"), d("640424", "泾源县", "固原市"),
            d("640425", "彭阳县", "固原市"), d("640502", "沙坡头区", "中卫市"), d("640521", "中宁县", "中卫市"),
            d("640522", "海原县", "中卫市"));

    static DemoRegion d(String code, String name, String city) {
        return new DemoRegion(code, name, city, "/640000/" + code.substring(0, 4) + "00/" + code + "/");
    }

    final DemoDataSet data = DemoDataGenerator.generate(20260101L, 2021, 2025, NINGXIA);

    @Test
    void theSameSeedGivesTheSameData() {
        assertThat(DemoDataGenerator.generate(20260101L, 2021, 2025, NINGXIA)).isEqualTo(data);
        assertThat(DemoDataGenerator.generate(7L, 2021, 2025, NINGXIA)).isNotEqualTo(data);
    }

    @Test
    void fortyEnterprisesInAtLeastSixIndustriesWithValidUniqueCodes() {
        assertThat(data.enterprises()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(data.enterprises().stream().map(DemoDataSet.Enterprise::industryCode).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(6)
                .contains("4411", "3140", "3011", "2522", "3216", "6550");
        List<String> codes = data.enterprises().stream().map(DemoDataSet.Enterprise::uscc).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(UnifiedSocialCreditCode::isValid);
        assertThat(data.groups()).allMatch(g -> UnifiedSocialCreditCode.isValid(g.uscc()));
    }

    @Test
    void threeParksAndEveryEnterpriseUnderItsDistrictOrPark() {
        assertThat(data.parks()).hasSize(3);
        Map<String, String> parkPaths = data.parks().stream().collect(Collectors.toMap(DemoDataSet.Park::code, DemoDataSet.Park::path));
        for (DemoDataSet.Enterprise e : data.enterprises()) {
            assertThat(ScopePaths.isValid(e.scopePath())).isTrue();
            String parent = e.parkCode() != null ? parkPaths.get(e.parkCode()) : d(e.regionCode(), "", "").path();
            assertThat(e.scopePath()).isEqualTo(parent + "E" + e.uscc() + "/");
        }
        assertThat(data.enterprises().stream().filter(e -> e.parkCode() != null).count()).isBetween(10L, 30L);
    }

    @Test
    void everyUnitReportsEveryItemEveryMonthExceptTheDeliberateGap() {
        Set<String> gaps = data.anomalies().stream().filter(a -> a.kind().equals("MISSING_MONTH"))
                .map(a -> a.unitCode() + a.itemCode() + a.enterpriseUscc()).collect(Collectors.toSet());
        assertThat(gaps).hasSize(1);
        for (DemoDataSet.Enterprise e : data.enterprises()) {
            for (DemoDataSet.Unit u : e.units()) {
                for (String item : u.itemCodes()) {
                    long months = u.activity().stream().filter(m -> m.itemCode().equals(item)).count();
                    assertThat(months).as(e.name() + " " + u.code() + " " + item)
                            .isEqualTo(gaps.contains(u.code() + item + e.uscc()) ? 59 : 60);
                }
            }
        }
    }

    @Test
    void theAnomaliesStandOutInTheData() {
        assertThat(data.anomalies()).extracting(DemoDataSet.Anomaly::kind).contains("UNIT_SCALE_SLIP", "MISSING_MONTH",
                "SPIKE", "ZERO_WHILE_RUNNING", "YEAR_ON_YEAR_JUMP");
        DemoDataSet.Anomaly slip = anomaly("UNIT_SCALE_SLIP");
        List<BigDecimal> values = series(slip);
        BigDecimal slipped = value(slip);
        BigDecimal median = values.stream().sorted().toList().get(values.size() / 2);
        assertThat(slipped).isGreaterThan(median.multiply(BigDecimal.valueOf(500)));
        DemoDataSet.Anomaly spike = anomaly("SPIKE");
        assertThat(value(spike)).isGreaterThan(series(spike).stream().sorted().toList().get(30).multiply(BigDecimal.valueOf(2)));
        assertThat(value(anomaly("ZERO_WHILE_RUNNING"))).isZero();
    }

    @Test
    void heatingSeasonShowsInCombinedHeatAndPower() {
        DemoDataSet.Unit chp = data.enterprises().stream().filter(e -> e.industryCode().equals("4412")).skip(1).findFirst()
                .orElseThrow().units().get(0);
        double january = mean(chp, "HEAT_SUPPLIED", 1);
        double july = mean(chp, "HEAT_SUPPLIED", 7);
        assertThat(january).isGreaterThan(july * 3);
    }

    @Test
    void oneAccountPerRole() {
        assertThat(data.users()).extracting(DemoDataSet.User::role).contains("GOV_OFFICIAL", "PARK_MANAGER",
                "ENTERPRISE_FILLER", "ENTERPRISE_MANAGER", "VERIFIER", "RULE_AUTHOR", "AUDITOR", "SYSTEM_ADMIN",
                "SECURITY_ADMIN", "AUDIT_ADMIN");
        DemoDataSet.User filler = data.users().stream().filter(u -> u.username().equals("ent.filler")).findFirst().orElseThrow();
        DemoDataSet.Enterprise own = data.enterprises().stream().filter(e -> e.uscc().equals(filler.enterpriseUscc()))
                .findFirst().orElseThrow();
        assertThat(own.scopePath()).startsWith("/640000/640100/640181/PNXP01/");
        assertThat(own.groupUscc()).isEqualTo(data.groups().get(0).uscc());
        assertThat(data.users().stream().filter(u -> u.username().equals("verifier")).findFirst().orElseThrow()
                .assignedUsccs()).hasSize(8).contains(own.uscc());
    }

    private DemoDataSet.Anomaly anomaly(String kind) {
        return data.anomalies().stream().filter(a -> a.kind().equals(kind)).findFirst().orElseThrow();
    }

    private DemoDataSet.Unit unitOf(DemoDataSet.Anomaly a) {
        return data.enterprises().stream().filter(e -> e.uscc().equals(a.enterpriseUscc())).findFirst().orElseThrow()
                .units().stream().filter(u -> u.code().equals(a.unitCode())).findFirst().orElseThrow();
    }

    private List<BigDecimal> series(DemoDataSet.Anomaly a) {
        return unitOf(a).activity().stream().filter(m -> m.itemCode().equals(a.itemCode()))
                .map(DemoDataSet.Monthly::quantity).collect(Collectors.toCollection(ArrayList::new));
    }

    private BigDecimal value(DemoDataSet.Anomaly a) {
        return unitOf(a).activity().stream().filter(m -> m.itemCode().equals(a.itemCode()) && m.year() == a.year()
                && m.month() == a.month()).findFirst().orElseThrow().quantity();
    }

    private static double mean(DemoDataSet.Unit unit, String item, int month) {
        return unit.activity().stream().filter(m -> m.itemCode().equals(item) && m.month() == month)
                .mapToDouble(m -> m.quantity().doubleValue()).average().orElseThrow();
    }

}
