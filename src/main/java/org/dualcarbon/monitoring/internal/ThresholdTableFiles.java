package org.dualcarbon.monitoring.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dualcarbon.common.excel.UploadedWorkbooks;
import org.dualcarbon.common.excel.WorkbookRejectedException;
import org.dualcarbon.monitoring.ThresholdProblem;
import org.dualcarbon.monitoring.ThresholdTableRefused;

/**
 * The two file forms of the threshold table: the CSV decision table the platform stores and compiles, and an Excel
 * workbook (first sheet, the same rows, every cell text) for rule authors who edit in Excel. An .xlsx upload is opened
 * only through {@link UploadedWorkbooks}' guards; formula cells are refused, not evaluated; a UTF-8 byte-order mark
 * (Excel's "CSV UTF-8") is dropped.
 */
final class ThresholdTableFiles {

    /** Far above the table's dozen rows and nine columns, far below what would strain memory. */
    private static final int MAX_ROWS = 500;
    private static final int MAX_COLUMNS = 30;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ThresholdTableFiles() {
    }

    /** The CSV form of an upload: .csv as it is (without a BOM), .xlsx converted cell by cell. */
    static byte[] toCsv(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return withoutBom(content);
        }
        if (name.endsWith(".xlsx")) {
            return xlsxToCsv(content);
        }
        throw new ThresholdTableRefused(List.of(ThresholdProblem.ofTable(
                "只接受 .csv 或 .xlsx 阈值表 / only a .csv or .xlsx threshold table is accepted")));
    }

    static byte[] csvToXlsx(byte[] csv) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Thresholds");
            int r = 0;
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
                    .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    // a string cell always: a value is never turned into a number or a formula on the way out
                    row.createCell(c, CellType.STRING).setCellValue(record.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the threshold workbook", e);
        }
    }

    private static byte[] xlsxToCsv(byte[] content) {
        List<ThresholdProblem> problems = new ArrayList<>();
        StringWriter csv = new StringWriter();
        try (XSSFWorkbook workbook = UploadedWorkbooks.open(content, MAX_ROWS, MAX_COLUMNS);
             CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        problems.add(ThresholdProblem.ofTable("工作表第 " + (r + 1) + " 行第 " + (c + 1) + " 列 / sheet row "
                                + (r + 1) + ", column " + (c + 1) + ": 不接受公式，请填写数值 / formulas are not accepted; type the value"));
                    }
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                printer.printRecord(cells);
            }
        } catch (WorkbookRejectedException e) {
            throw new ThresholdTableRefused(e.problems().stream()
                    .map(p -> ThresholdProblem.ofTable(p.where() + " — " + p.reason())).toList());
        } catch (IOException e) {
            throw new ThresholdTableRefused(List.of(ThresholdProblem.ofTable("不是可读的 .xlsx 文件 / not a readable .xlsx file")));
        }
        if (!problems.isEmpty()) {
            throw new ThresholdTableRefused(problems);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withoutBom(byte[] content) {
        if (content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2]) {
            return java.util.Arrays.copyOfRange(content, 3, content.length);
        }
        return content;
    }
}
