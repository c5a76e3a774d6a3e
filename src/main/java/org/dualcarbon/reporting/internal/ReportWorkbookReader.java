package org.dualcarbon.reporting.internal;

import static org.dualcarbon.reporting.internal.ReportWorkbookLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dualcarbon.common.excel.CellProblem;
import org.dualcarbon.common.web.FieldProblem;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads a filled template back into the fields of the web form ({@code q.ITEM.MONTH}, {@code x.ITEM.FIELD}), so
 * that an import goes through the same checks and submission as the form. It checks what only a file can get wrong —
 * whose report it is, sheets and header texts, item and unit names, cell types, formulas — and remembers the cell of
 * every field, so that the form's own problems are reported at their cells too.
 *
 * <p>Formula cells are refused, not evaluated: the original file is kept as the evidence of the submission, and a
 * figure must be readable from it as it stands; a formula's result depends on the program that computes it, and
 * the value cached in the file can differ from the formula.
 */
public final class ReportWorkbookReader {

    private final ReportWorkbookLayout layout;
    private final List<CellProblem> problems = new ArrayList<>();
    private final Map<String, String> form = new LinkedHashMap<>();
    private final Map<String, CellProblem> cells = new HashMap<>();

    private ReportWorkbookReader(ReportWorkbookLayout layout) {
        this.layout = layout;
    }

    /**
     * The form fields of a workbook, every problem found, and the cell of each field.
     *
     * @param cells         a field's cell, as a problem without a reason
     * @param layoutMatches whether identity, sheets and headers are the template's, so that cells were read at all
     */
    public record Read(Map<String, String> form, List<CellProblem> problems, Map<String, CellProblem> cells,
                       boolean layoutMatches) {

        /** The problems of the web form's checks, each at the cell its field was read from. */
        public List<CellProblem> atCells(List<FieldProblem> formProblems) {
            return formProblems.stream().map(p -> {
                CellProblem at = cells.get(p.field());
                return at == null ? new CellProblem(DATA_SHEET, null, null, p.reason())
                        : new CellProblem(at.sheet(), at.row(), at.column(), p.reason());
            }).toList();
        }
    }

    public static Read read(XSSFWorkbook workbook, ReportWorkbookLayout layout) {
        ReportWorkbookReader reader = new ReportWorkbookReader(layout);
        boolean layoutMatches = false;
        if (reader.identityMatches(workbook)) {
            Sheet data = reader.sheet(workbook, DATA_SHEET);
            Sheet fields = reader.sheet(workbook, FIELDS_SHEET);
            boolean dataHeaders = data != null && reader.headersMatch(data, DATA_HEADER_ROW, dataHeaders());
            boolean fieldHeaders = fields != null && reader.headersMatch(fields, FIELDS_HEADER_ROW, fieldHeaders());
            // with a header out of place every cell below it would be read into the wrong field: stop there
            if (dataHeaders && fieldHeaders) {
                layoutMatches = true;
                Map<String, String> codesByLabel = new HashMap<>();
                layout.rows().forEach(r -> codesByLabel.put(r.label(), r.code()));
                reader.readMonths(data, codesByLabel);
                reader.readFields(fields);
            }
        }
        return new Read(reader.form, List.copyOf(reader.problems), reader.cells, layoutMatches);
    }

    private boolean identityMatches(XSSFWorkbook workbook) {
        Sheet meta = workbook.getSheet(META_SHEET);
        Map<String, String> expected = layout.identity();
        Map<String, String> inSheet = new HashMap<>();
        if (meta != null) {
            for (Row row : meta) {
                Cell key = row.getCell(0);
                Cell value = row.getCell(1);
                if (key != null && value != null && key.getCellType() == CellType.STRING && value.getCellType() == CellType.STRING) {
                    inSheet.put(key.getStringCellValue(), value.getStringCellValue());
                }
            }
        }
        Map<String, String> inProperties = new HashMap<>();
        var custom = workbook.getProperties().getCustomProperties();
        for (String key : IDENTITY_KEYS) {
            CTProperty property = custom.getProperty("dc." + key);
            if (property != null && property.isSetLpwstr()) {
                inProperties.put(key, property.getLpwstr());
            }
        }
        if (inSheet.isEmpty() || inProperties.isEmpty()) {
            problems.add(CellProblem.ofFile("文件中没有本平台的报告标识：请使用本报告页面「下载 Excel 模板」得到的文件填写后上传"));
            return false;
        }
        if (!inSheet.equals(inProperties)) {
            problems.add(CellProblem.ofFile("文件中的报告标识前后不一致（已被改动），请重新下载模板"));
            return false;
        }
        boolean sameReport = expected.get("reportId").equals(inSheet.get("reportId"))
                && expected.get("unitId").equals(inSheet.get("unitId"))
                && expected.get("uscc").equals(inSheet.get("uscc"))
                && expected.get("year").equals(inSheet.get("year"));
        if (!sameReport) {
            problems.add(CellProblem.ofFile("此文件是报告 " + inSheet.get("reportId") + "（企业 " + inSheet.get("uscc") + "，设施 "
                    + inSheet.get("unitCode") + "，" + inSheet.get("year") + " 年度）的模板，不能导入本报告 " + expected.get("reportId")
                    + "（企业 " + expected.get("uscc") + "，设施 " + expected.get("unitCode") + "，" + expected.get("year")
                    + " 年度）。请在本报告页面下载模板"));
            return false;
        }
        if (!expected.get("templateVersion").equals(inSheet.get("templateVersion"))) {
            problems.add(CellProblem.ofFile("模板版本 " + inSheet.get("templateVersion") + " 已过期（当前 "
                    + expected.get("templateVersion") + "）：行业模板或本设施的填报项目已变化，请重新下载模板"));
            return false;
        }
        return true;
    }

    private Sheet sheet(XSSFWorkbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            problems.add(new CellProblem(name, null, null, "缺少工作表「" + name + "」（工作表不能删除或重命名）"));
        }
        return sheet;
    }

    private boolean headersMatch(Sheet sheet, int rowIndex, List<String> headers) {
        boolean matches = true;
        Row row = sheet.getRow(rowIndex);
        for (int c = 0; c < headers.size(); c++) {
            String actual = row == null ? "" : text(row.getCell(c));
            if (!headers.get(c).equals(actual.strip())) {
                problems.add(CellProblem.ofCell(sheet.getSheetName(), rowIndex, c, actual.isBlank()
                        ? "缺少列「" + headers.get(c) + "」（列不能删除、重命名或调换顺序）"
                        : "列标题应为「" + headers.get(c) + "」，实为「" + actual.strip() + "」（列不能删除、重命名或调换顺序）"));
                matches = false;
            }
        }
        if (row != null) {
            for (int c = headers.size(); c < row.getLastCellNum(); c++) {
                if (!text(row.getCell(c)).isBlank()) {
                    problems.add(CellProblem.ofCell(sheet.getSheetName(), rowIndex, c, "模板中没有此列「" + text(row.getCell(c)).strip()
                            + "」（不能增加列）"));
                    matches = false;
                }
            }
        }
        return matches;
    }

    private void readMonths(Sheet sheet, Map<String, String> codesByLabel) {
        Map<String, Integer> seen = new HashMap<>();
        for (int r = DATA_FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            extraCells(sheet, row, DATA_COLUMNS);
            String label = textCell(sheet, row, COL_ITEM);
            String unit = textCell(sheet, row, COL_UNIT);
            BigDecimal[] months = new BigDecimal[12];
            boolean any = false;
            for (int m = 0; m < 12; m++) {
                months[m] = numberCell(sheet, row, COL_JAN + m);
                any |= months[m] != null || isFilled(row.getCell(COL_JAN + m));
            }
            if (label == null || label.isBlank()) {
                if (any) {
                    problems.add(CellProblem.ofCell(sheet.getSheetName(), r, COL_ITEM, "本行有数量但未选择品种"));
                }
                continue;
            }
            String code = codesByLabel.get(label.strip());
            if (code == null) {
                problems.add(CellProblem.ofCell(sheet.getSheetName(), r, COL_ITEM, "「" + label.strip()
                        + "」不是本设施可填报的品种，请从下拉列表中选择"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(code, r);
            if (earlier != null) {
                problems.add(CellProblem.ofCell(sheet.getSheetName(), r, COL_ITEM, "品种「" + label.strip() + "」重复（已在第 "
                        + (earlier + 1) + " 行填写）"));
                continue;
            }
            String expectedUnit = layout.rows().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().unit();
            if (any && (unit == null || !unit.strip().equals(expectedUnit))) {
                problems.add(CellProblem.ofCell(sheet.getSheetName(), r, COL_UNIT, "「" + label.strip() + "」的计量单位应为「"
                        + expectedUnit + "」" + (unit == null || unit.isBlank() ? "，未填写" : "，实为「" + unit.strip() + "」")));
            }
            for (int m = 0; m < 12; m++) {
                String field = "q." + code + "." + (m + 1);
                cells.put(field, CellProblem.ofCell(sheet.getSheetName(), r, COL_JAN + m, null));
                if (months[m] != null) {
                    form.put(field, months[m].toPlainString());
                }
            }
        }
    }

    private void readFields(Sheet sheet) {
        List<ReportWorkbookLayout.FieldRow> expected = layout.fields();
        int lastExpected = FIELDS_FIRST_ROW + expected.size() - 1;
        for (int i = 0; i < expected.size(); i++) {
            ReportWorkbookLayout.FieldRow f = expected.get(i);
            int r = FIELDS_FIRST_ROW + i;
            Row row = sheet.getRow(r);
            String item = row == null ? "" : text(row.getCell(COL_FIELD_ITEM)).strip();
            String name = row == null ? "" : text(row.getCell(COL_FIELD_NAME)).strip();
            if (!item.equals(f.itemLabel()) || !name.equals(f.field().label())) {
                problems.add(CellProblem.ofCell(sheet.getSheetName(), r, COL_FIELD_ITEM, "本行应为「" + f.itemLabel() + " / "
                        + f.field().label() + "」，实为「" + item + " / " + name + "」（行不能删除或调换顺序）"));
                continue;
            }
            extraCells(sheet, row, FIELDS_COLUMNS);
            String field = "x." + f.itemCode() + "." + f.field().name();
            cells.put(field, CellProblem.ofCell(sheet.getSheetName(), r, COL_FIELD_VALUE, null));
            BigDecimal value = numberCell(sheet, row, COL_FIELD_VALUE);
            if (value != null) {
                form.put(field, value.toPlainString());
            }
        }
        for (int r = Math.max(lastExpected + 1, FIELDS_FIRST_ROW); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                extraCells(sheet, row, 0);
            }
        }
    }

    /** Anything typed outside the template's columns would be lost silently; it is refused instead. */
    private void extraCells(Sheet sheet, Row row, int columns) {
        for (int c = columns; c < row.getLastCellNum(); c++) {
            if (isFilled(row.getCell(c))) {
                problems.add(CellProblem.ofCell(sheet.getSheetName(), row.getRowNum(), c, "模板之外的单元格有内容，请删除"));
            }
        }
    }

    private String textCell(Sheet sheet, Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(formula(sheet, cell));
            return null;
        }
        if (cell.getCellType() != CellType.STRING) {
            problems.add(CellProblem.ofCell(sheet.getSheetName(), row.getRowNum(), column, "应从下拉列表中选择文字，实为数值"));
            return null;
        }
        return cell.getStringCellValue();
    }

    private BigDecimal numberCell(Sheet sheet, Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        switch (cell.getCellType()) {
            case BLANK:
                return null;
            case NUMERIC:
                // the 15 significant digits Excel shows: 0.1 stays 0.1, not 0.1000000000000000055511151231257827
                return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            case STRING:
                if (cell.getStringCellValue().isBlank()) {
                    return null;
                }
                problems.add(CellProblem.ofCell(sheet.getSheetName(), row.getRowNum(), column, "应为数值，实为文本「"
                        + abbreviate(cell.getStringCellValue().strip()) + "」（请只填数字，不带单位或文字）"));
                return null;
            case FORMULA:
                problems.add(formula(sheet, cell));
                return null;
            case BOOLEAN:
                problems.add(CellProblem.ofCell(sheet.getSheetName(), row.getRowNum(), column, "应为数值，实为逻辑值"));
                return null;
            default:
                problems.add(CellProblem.ofCell(sheet.getSheetName(), row.getRowNum(), column, "应为数值，实为错误值"));
                return null;
        }
    }

    private static CellProblem formula(Sheet sheet, Cell cell) {
        return CellProblem.ofCell(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), "单元格含公式「="
                + abbreviate(cell.getCellFormula()) + "」：平台不计算公式，请复制后「选择性粘贴 → 数值」再上传");
    }

    private static boolean isFilled(Cell cell) {
        return cell != null && cell.getCellType() != CellType.BLANK
                && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** Header and label cells: text as written; other types as their value, so that a wrong cell can be named. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
