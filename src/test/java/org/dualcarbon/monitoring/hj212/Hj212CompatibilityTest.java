package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Hj212CompatibilityTest {

    @Test
    void strictAllowsNothing() {
        assertThat(Hj212Compatibility.STRICT.allowed()).isEmpty();
        assertThat(Hj212Compatibility.STRICT.asText()).isEqualTo("STRICT");
    }

    @Test
    void readsAndWritesTheStoredForm() {
        Hj212Compatibility compatibility = Hj212Compatibility.parse(" missing_crlf, MODBUS_CRC ");

        assertThat(compatibility.allowed()).containsExactly(Hj212Deviation.MODBUS_CRC, Hj212Deviation.MISSING_CRLF);
        assertThat(compatibility.asText()).isEqualTo("MODBUS_CRC,MISSING_CRLF");
        assertThat(Hj212Compatibility.parse(compatibility.asText())).isEqualTo(compatibility);
    }

    @Test
    void blankNullAndStrictReadAsStrict() {
        assertThat(Hj212Compatibility.parse(null)).isEqualTo(Hj212Compatibility.STRICT);
        assertThat(Hj212Compatibility.parse(" ")).isEqualTo(Hj212Compatibility.STRICT);
        assertThat(Hj212Compatibility.parse("strict")).isEqualTo(Hj212Compatibility.STRICT);
    }

    @Test
    void anUnknownNameIsRefusedByName() {
        assertThatThrownBy(() -> Hj212Compatibility.parse("MODBUS_CRC,LOWERCASE_CRC"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'LOWERCASE_CRC'");
    }

    @Test
    void allowedSetIsImmutable() {
        Hj212Compatibility compatibility = Hj212Compatibility.allowing(Hj212Deviation.MODBUS_CRC);

        assertThatThrownBy(() -> compatibility.allowed().add(Hj212Deviation.MISSING_CRLF))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
