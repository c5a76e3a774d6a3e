package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Hj212CodesTest {

    /** domain.md §8.1: the flue-gas codes and their Chinese names, exactly as listed [secondary]. */
    @Test
    void holdsTheCodesDomainMdLists() {
        Map<String, String> names = Hj212Codes.all().stream()
                .collect(Collectors.toMap(Hj212Pollutant::code, Hj212Pollutant::chineseName));

        assertThat(names).containsOnly(
                Map.entry("a00000", "废气"), Map.entry("a01011", "烟气流速"), Map.entry("a01012", "烟气温度"),
                Map.entry("a01013", "烟气压力"), Map.entry("a01014", "烟气湿度"), Map.entry("a01016", "烟道截面积"),
                Map.entry("a19001", "氧气含量"), Map.entry("a21026", "二氧化硫"), Map.entry("a21002", "氮氧化物"),
                Map.entry("a21005", "一氧化碳"), Map.entry("a34013", "烟尘"), Map.entry("a05001", "二氧化碳"),
                Map.entry("a05002", "甲烷"));
    }

    @Test
    void everyEntryHasNamesUnitsAndASecondarySource() {
        assertThat(Hj212Codes.all()).allSatisfy(p -> {
            assertThat(p.code()).matches("a\\d{5}");
            assertThat(p.englishName()).isNotBlank();
            assertThat(p.unit()).isNotBlank();
            assertThat(p.source()).startsWith("[secondary]");
        });
    }

    /** Units per the annex transcription (srdgame/lua-HJ212 hj212.csv); CO2 as used in domain.md §8.3. */
    @Test
    void carbonDioxideIsMilligramsPerCubicMetreWithCumulativeKilograms() {
        Hj212Pollutant co2 = Hj212Codes.find("a05001").orElseThrow();

        assertThat(co2.englishName()).contains("CO2");
        assertThat(co2.unit()).isEqualTo("mg/m³");
        assertThat(co2.cumulativeUnit()).contains("kg");
        assertThat(Hj212Codes.find("a00000").orElseThrow().cumulativeUnit()).contains("m³");
        assertThat(Hj212Codes.find("a01012").orElseThrow().cumulativeUnit()).isEmpty();
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThat(Hj212Codes.find("w01018")).isEmpty();
        assertThat(Hj212Codes.isKnown("A21026")).isFalse();
    }

    /** domain.md §8.1 data flags; N valid, T kept but flagged, the rest invalid. */
    @Test
    void dataFlagsMapToValidity() {
        assertThat(Hj212DataFlag.values()).extracting(Hj212DataFlag::letter)
                .containsExactly("N", "F", "M", "S", "D", "C", "T", "B");
        assertThat(Hj212DataFlag.N.isValid()).isTrue();
        assertThat(Hj212DataFlag.T.validity()).isEqualTo(Hj212DataFlag.Validity.FLAGGED);
        assertThat(Hj212DataFlag.T.isValid()).isFalse();
        assertThat(Hj212DataFlag.values()).filteredOn(f -> f != Hj212DataFlag.N && f != Hj212DataFlag.T)
                .allSatisfy(f -> assertThat(f.validity()).isEqualTo(Hj212DataFlag.Validity.INVALID));
        assertThat(Hj212DataFlag.C.chineseName()).isEqualTo("校准");
        assertThat(Hj212DataFlag.ofLetter("n")).isEmpty();
        assertThat(Hj212DataFlag.ofLetter("NN")).isEmpty();
    }

    @Test
    void measuresReadTheirSuffixes() {
        assertThat(Hj212Measure.values()).extracting(Hj212Measure::suffix)
                .containsExactly("Rtd", "Avg", "Min", "Max", "Cou", "ZsRtd", "ZsAvg");
        assertThat(Hj212Measure.ofSuffix("ZsRtd")).contains(Hj212Measure.ZS_RTD);
        assertThat(Hj212Measure.ofSuffix("rtd")).isEmpty();
    }
}
