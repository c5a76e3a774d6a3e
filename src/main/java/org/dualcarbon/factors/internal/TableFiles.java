package org.dualcarbon.factors.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two file forms of a factor table: the CSV decision table the platform stores and compiles, and an Excel
 * workbook (first sheet, same rows) that rule authors edit. Formula cells are refused, not evaluated.
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** The CSV form of an uploaded file (.csv as is, .xlsx converted cell by cell). */
    public static byte[] toCsv(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return content;
        }
        if (name.endsWith(".xlsx")) {
            return xlsxToCsv(content);
        }
        throw new FactorTableException(List.of(new TableProblem("file", 0, null,
                "只接受 .xlsx 或 .csv 决策表 / only .xlsx or .csv decision tables are accepted")));
    }

    /** The Excel form of a stored CSV table, for download. */
    public static byte[] csvToXlsx(byte[] csv) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Factors");
            int r = 0;
            for (var record : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get()
                    .parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8)))) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    // always a string cell: a value is never turned into a formula on export
                    row.createCell(c, CellType.STRING).setCellValue(record.get(c));
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the workbook", e);
        }
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] xlsxToCsv(byte[] content) {
        List<TableProblem> problems = new ArrayList<>();
        StringWriter csv = new StringWriter();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
             CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getCellType() == CellType.FORMULA) {
                            problems.add(new TableProblem(sheet.getSheetName(), r + 1, columnName(c),
                                    "不接受公式，请填写数值 / formulas are not accepted; type the value"));
                        }
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                printer.printRecord(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new FactorTableException(List.of(new TableProblem("file", 0, null,
                    "不是可读的Excel文件 / not a readable .xlsx file: " + e.getClass().getSimpleName())));
        }
        if (!problems.isEmpty()) {
            throw new FactorTableException(problems);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
