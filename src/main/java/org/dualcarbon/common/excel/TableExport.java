package org.dualcarbon.common.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes lists as .xlsx or .csv for the "导出 Excel" links, with formula injection neutralised (security.md, Export
 * row; OWASP CSV Injection): text is always written with {@code setCellValue(String)}, never as a formula, and text
 * that a spreadsheet would take for a formula (starting with = + - @ TAB CR) gets a quote-prefixed style in .xlsx and
 * a leading {@code '} in .csv. Numbers stay numeric cells so that they can be summed.
 */
public final class TableExport {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private TableExport() {
    }

    /** Whether a spreadsheet would read this text as a formula (or a DDE command) when it is opened. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * The download of the tables in the requested format ({@code xlsx} or {@code csv}) as an attachment named after
     * the list and the time of export, e.g. {@code 排放报告-20260115-0930.xlsx}.
     */
    public static ResponseEntity<byte[]> download(String format, String baseName, List<ExportTable> tables) {
        boolean csv = "csv".equalsIgnoreCase(format);
        String fileName = baseName + "-" + LocalDateTime.now().format(FILE_STAMP) + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv ? csv(tables) : xlsx(tables));
    }

    /** The export format asked for, {@code xlsx} or {@code csv}; anything else is refused naming the field. */
    public static String format(String format) {
        String f = format == null ? "" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("csv")) {
            throw new org.dualcarbon.common.web.InvalidInputException("format",
                    "导出格式须为 xlsx 或 csv / format must be xlsx or csv");
        }
        return f;
    }

    public static ResponseEntity<byte[]> download(String format, String baseName, ExportTable table) {
        return download(format, baseName, List.of(table));
    }

    /** One sheet per table; a header row in bold, frozen, and the rows below it. */
    public static byte[] xlsx(List<ExportTable> tables) {
        // streaming: a long list (rejected messages, enterprises) never sits in memory as a whole workbook
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            List<String> names = new ArrayList<>();
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(uniqueSheetName(table.name(), names));
                writeSheet(sheet, table, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an export workbook", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not close an export workbook", e);
            }
        }
    }

    /** UTF-8 with a byte-order mark (Excel opens Chinese correctly only with it); tables one after another. */
    public static byte[] csv(List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            writer.write('\uFEFF');
            boolean first = true;
            for (ExportTable table : tables) {
                if (tables.size() > 1) {
                    if (!first) {
                        printer.println();
                    }
                    printer.printRecord(csvText(table.name()));
                }
                first = false;
                printer.printRecord(table.headers().stream().map(TableExport::csvText).toList());
                for (List<Object> row : table.rows()) {
                    printer.printRecord(row.stream().map(TableExport::csvValue).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write an export CSV", e);
        }
        return out.toByteArray();
    }

    private static void writeSheet(Sheet sheet, ExportTable table, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = header.createCell(c);
            writeText(cell, table.headers().get(c), styles);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, table.headers().get(c).length() * 3)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                writeValue(row.createCell(c), values.get(c), styles);
            }
        }
    }

    private static void writeValue(Cell cell, Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            // Excel keeps numbers as doubles; a figure beyond 15 significant digits is rounded as in Excel itself
            cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Boolean yes) {
            writeText(cell, yes ? "是" : "否", styles);
        } else {
            writeText(cell, value.toString(), styles);
        }
    }

    /** Always a string cell; a quote-prefixed one when a spreadsheet would otherwise read it as a formula. */
    private static void writeText(Cell cell, String text, Styles styles) {
        String fitted = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text;
        cell.setCellValue(fitted);
        if (looksLikeFormula(fitted)) {
            cell.setCellStyle(styles.quoted);
        }
    }

    private static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof LocalDateTime time) {
            return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        return csvText(value.toString());
    }

    private static String csvText(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    private static String uniqueSheetName(String name, List<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet" : name);
        String candidate = base;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = WorkbookUtil.createSafeSheetName(base.substring(0, Math.min(base.length(), 27)) + " (" + i + ")");
        }
        taken.add(candidate);
        return candidate;
    }

    /** The few styles of an export, created once per workbook (Excel allows a limited number). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle quoted;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
