package org.dualcarbon.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the files of the import tests from a downloaded template: edited with POI, or rewritten at the zip level. */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /** The template with cells changed as a filler (or a careless one) would. */
    static byte[] edited(byte[] template, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package with one part's XML rewritten, as a crafted file would be (POI would never write it). */
    static byte[] withPart(byte[] xlsx, String partName, UnaryOperator<String> rewrite) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean found = false;
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(partName)) {
                    content = rewrite.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            if (!found) {
                throw new IllegalArgumentException("no part " + partName);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 60 MB of blanks inside the first sheet: a few dozen kilobytes zipped, far beyond POI's minimum inflate ratio. */
    static byte[] zipBomb(byte[] xlsx) {
        return withPart(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(60_000_000)));
    }

    /** An external entity declared in the first sheet, pointing at a port where nothing listens. */
    static byte[] xxe(byte[] xlsx) {
        return withPart(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"http://127.0.0.1:9/leak\">]>"));
    }
}
