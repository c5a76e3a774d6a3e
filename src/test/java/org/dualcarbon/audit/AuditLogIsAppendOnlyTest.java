package org.dualcarbon.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only by construction: its mapper has no UPDATE or DELETE statement, and the archive mapper
 * has no UPDATE and a single DELETE that removes only rows the archive already holds.
 */
class AuditLogIsAppendOnlyTest {

    private static final Pattern STATEMENT = Pattern.compile("<(update|delete)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void theAuditMapperOnlyInsertsAndReads() throws IOException {
        String mapper = read("AuditMapper.xml");
        assertThat(STATEMENT.matcher(mapper).find()).isFalse();
        assertThat(mapper.toUpperCase(Locale.ROOT)).doesNotContain("UPDATE ").doesNotContain("DELETE ");
    }

    @Test
    void theArchiveStepDeletesOnlyArchivedRowsAndNeverUpdates() throws IOException {
        String mapper = read("AuditArchiveMapper.xml");
        assertThat(mapper.toUpperCase(Locale.ROOT)).doesNotContain("UPDATE ");
        Matcher deletes = STATEMENT.matcher(mapper);
        int count = 0;
        while (deletes.find()) {
            assertThat(deletes.group(1).toLowerCase(Locale.ROOT)).isEqualTo("delete");
            count++;
        }
        assertThat(count).isEqualTo(1);
        assertThat(mapper).contains("id IN (SELECT x.id FROM audit_log_archive x)");
    }

    private static String read(String name) throws IOException {
        try (InputStream in = AuditLogIsAppendOnlyTest.class.getResourceAsStream("/org/dualcarbon/audit/internal/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
