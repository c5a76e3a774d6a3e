package org.dualcarbon.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM column encryption: round trip, bound to its column, tamper-evident, key in a 600 file outside the DB. */
class FieldCipherTest {

    @TempDir
    Path dir;

    @Test
    void aValueRoundTripsAndEachEncryptionDiffers() throws Exception {
        FieldCipher cipher = new FieldCipher(dir.resolve("keys/field.key"));
        String a = cipher.encrypt("13800138000", "contact_person.phone");
        String b = cipher.encrypt("13800138000", "contact_person.phone");
        assertThat(a).startsWith("v1:" + cipher.keyId() + ":").doesNotContain("13800138000").isNotEqualTo(b);
        assertThat(cipher.decrypt(a, "contact_person.phone")).isEqualTo("13800138000");
        assertThat(cipher.blindIndex("13800138000", "contact_person.phone"))
                .isEqualTo(cipher.blindIndex("13800138000", "contact_person.phone")).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys/field.key")))).isEqualTo("rw-------");
    }

    @Test
    void aCiphertextMovedToAnotherColumnChangedOrUnderAnotherKeyIsRefused() {
        FieldCipher cipher = new FieldCipher(dir.resolve("a.key"));
        String phone = cipher.encrypt("13800138000", "contact_person.phone");
        assertThatThrownBy(() -> cipher.decrypt(phone, "contact_person.name")).hasMessageContaining("does not authenticate");
        char[] chars = phone.toCharArray();
        chars[chars.length - 3] = chars[chars.length - 3] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars), "contact_person.phone")).hasMessageContaining("does not authenticate");
        FieldCipher other = new FieldCipher(dir.resolve("b.key"));
        assertThatThrownBy(() -> other.decrypt(phone, "contact_person.phone")).hasMessageContaining("sealed under key");
    }

    @Test
    void aDamagedKeyFileStopsTheStartWithItsPath() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.key"), "c2hvcnQ=");
        assertThatThrownBy(() -> new FieldCipher(bad)).hasMessageContaining(bad.toString()).hasMessageContaining("32 bytes");
    }
}
