package org.dualcarbon.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dualcarbon.documents.ReportDocument;

/**
 * Word (.docx): {@code word/document.xml} and {@code docProps/core.xml} rendered from FreeMarker templates, the
 * other parts static ({@code documents/docx/}), zipped in a fixed order with every entry dated at the data's
 * {@code asOf} — the same data give the same bytes.
 */
final class DocxRenderer {

    private static final String STATIC = "/documents/docx/";

    private final DocumentTemplates templates;
    private final Map<String, byte[]> staticParts = new LinkedHashMap<>();

    DocxRenderer(DocumentTemplates templates) {
        this.templates = templates;
        staticParts.put("[Content_Types].xml", resource("content-types.xml"));
        staticParts.put("_rels/.rels", resource("rels.xml"));
        staticParts.put("word/_rels/document.xml.rels", resource("document.xml.rels"));
        staticParts.put("word/styles.xml", resource("styles.xml"));
        staticParts.put("word/settings.xml", resource("settings.xml"));
        staticParts.put("word/fontTable.xml", resource("fontTable.xml"));
        staticParts.put("word/footer1.xml", resource("footer1.xml"));
        staticParts.put("docProps/app.xml", resource("app.xml"));
    }

    byte[] render(ReportDocument doc) {
        Map<String, byte[]> parts = new LinkedHashMap<>(staticParts);
        parts.put("word/document.xml", utf8(templates.render("docx/document.xml.ftlx", Map.of("doc", doc))));
        String created = doc.asOf().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneId.systemDefault())
                .withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z";
        parts.put("docProps/core.xml", utf8(templates.render("docx/core.xml.ftlx", Map.of("doc", doc, "asOf", created))));
        return zip(parts, doc.asOf());
    }

    private static byte[] zip(Map<String, byte[]> parts, LocalDateTime time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                // local DOS time: no time-zone conversion, no extra timestamp fields
                entry.setTimeLocal(time.isBefore(LocalDateTime.of(1980, 1, 1, 0, 0)) ? LocalDateTime.of(1980, 1, 1, 0, 0) : time);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocxRenderer.class.getResourceAsStream(STATIC + name)) {
            if (in == null) {
                throw new IllegalStateException(STATIC + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
