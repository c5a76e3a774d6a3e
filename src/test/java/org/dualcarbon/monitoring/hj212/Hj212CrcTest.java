package org.dualcarbon.monitoring.hj212;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Hj212CrcTest {

    private static final byte[] EXAMPLE_BYTES = Hj212Samples.EXAMPLE_SEGMENT.getBytes(StandardCharsets.US_ASCII);

    /** domain.md §8.1: the data segment of the published example is 101 ASCII characters [verified]. */
    @Test
    void publishedExampleSegmentIs101Characters() {
        assertThat(Hj212Samples.EXAMPLE_SEGMENT).hasSize(101);
        assertThat(Hj212Samples.EXAMPLE).startsWith("##0101");
    }

    /** domain.md §8.2: the HJ 212 CRC over the example's data segment is 1C80 [verified]. */
    @Test
    void publishedExampleGives1C80() {
        assertThat(Hj212Crc.hj212(EXAMPLE_BYTES)).isEqualTo(0x1C80);
        assertThat(Hj212Crc.hj212Hex(Hj212Samples.EXAMPLE_SEGMENT)).isEqualTo("1C80");
    }

    /** domain.md §8.2: CRC-16/MODBUS over the same bytes is a different value. */
    @Test
    void modbusGivesADifferentValueForTheExample() {
        assertThat(Hj212Crc.modbus(EXAMPLE_BYTES)).isNotEqualTo(0x1C80).isEqualTo(0x0759);
    }

    /** CRC catalogue (reveng), CRC-16/MODBUS: check value for "123456789" is 0x4B37. */
    @Test
    void modbusMatchesTheCatalogueCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Hj212Crc.modbus(check)).isEqualTo(0x4B37);
        assertThat(Hj212Crc.swapBytes(Hj212Crc.modbus(check))).isEqualTo(0x374B);
        assertThat(Hj212Crc.hj212(check)).isNotEqualTo(0x4B37);
    }

    @Test
    void hexIsFourUppercaseDigitsWithLeadingZeros() {
        assertThat(Hj212Crc.hex(0x0759)).isEqualTo("0759");
        assertThat(Hj212Crc.hex(0xabcd)).isEqualTo("ABCD");
        assertThat(Hj212Crc.hex(0)).isEqualTo("0000");
    }

    @Test
    void emptySegmentKeepsTheInitialValue() {
        assertThat(Hj212Crc.hj212(new byte[0])).isEqualTo(0xFFFF);
        assertThat(Hj212Crc.modbus(new byte[0])).isEqualTo(0xFFFF);
    }
}
