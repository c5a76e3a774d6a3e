package org.dualcarbon.reporting.internal;

import static org.dualcarbon.reporting.internal.ReportWorkbookLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dualcarbon.reporting.ReportData;
import org.dualcarbon.reporting.ReportTemplate;

/**
 * Writes the Excel template of one report: the monthly sheet (items and months as the web form has them, with
 * drop-downs for the item and its unit), the extra figures, instructions in Chinese, and the report's identity in a
 * very hidden sheet, defined names and custom properties. Only input cells are unlocked; the sheets are protected
 * and the workbook structure locked, so headers, rows and the identity stay where the reader expects them.
 */
public final class ReportWorkbookWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReportWorkbookLayout layout;
    private final ReportData current;

    /** @param current the draft or latest submission to start from; null for an empty template */
    public ReportWorkbookWriter(ReportWorkbookLayout layout, ReportData current) {
        this.layout = layout;
        this.current = current;
    }

    public byte[] write() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeData(workbook.createSheet(DATA_SHEET), styles);
            writeFields(workbook.createSheet(FIELDS_SHEET), styles);
            writeHelp(workbook.createSheet(HELP_SHEET), styles);
            writeMeta(workbook);
            workbook.setActiveSheet(0);
            workbook.lockStructure();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the template of report " + layout.report().id(), e);
        }
    }

    private void writeData(XSSFSheet sheet, Styles styles) {
        var report = layout.report();
        title(sheet, 0, layout.template().title() + " · " + report.year() + "年度", DATA_COLUMNS, styles.title);
        title(sheet, 1, "报告编号 " + report.id() + " ｜ " + report.enterpriseName() + "（" + report.uscc() + "）｜ 排放设施 "
                + report.unitCode() + " " + report.unitName() + " ｜ 模板版本 " + layout.version(), DATA_COLUMNS, styles.info);
        header(sheet, DATA_HEADER_ROW, dataHeaders(), styles);
        int r = DATA_FIRST_ROW;
        for (ReportWorkbookLayout.ItemRow item : layout.rows()) {
            Row row = sheet.createRow(r++);
            Cell no = row.createCell(COL_NO);
            no.setCellValue(r - DATA_FIRST_ROW);
            no.setCellStyle(styles.locked);
            text(row, COL_ITEM, item.label(), styles.inputText);
            text(row, COL_UNIT, item.unit(), styles.inputText);
            ReportData.Item figures = current == null ? null : current.items().get(item.code());
            for (int m = 0; m < 12; m++) {
                number(row, COL_JAN + m, figures == null ? null : figures.months().get(m), styles.inputNumber);
            }
        }
        int last = DATA_FIRST_ROW + Math.max(layout.rows().size(), 1) - 1;
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        validate(sheet, helper.createFormulaListConstraint(LIST_ITEMS), DATA_FIRST_ROW, last, COL_ITEM, COL_ITEM,
                "品种", "请从下拉列表中选择本设施的能源/物料品种");
        validate(sheet, helper.createFormulaListConstraint(LIST_UNITS), DATA_FIRST_ROW, last, COL_UNIT, COL_UNIT,
                "计量单位", "请从下拉列表中选择与品种对应的计量单位");
        validate(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                DATA_FIRST_ROW, last, COL_JAN, COL_JAN + 11, "月度数量", "请填写不小于 0 的数值；未发生的月份留空");
        sheet.setColumnWidth(COL_NO, 6 * 256);
        sheet.setColumnWidth(COL_ITEM, 22 * 256);
        sheet.setColumnWidth(COL_UNIT, 12 * 256);
        for (int m = 0; m < 12; m++) {
            sheet.setColumnWidth(COL_JAN + m, 12 * 256);
        }
        sheet.createFreezePane(COL_JAN, DATA_FIRST_ROW);
        protect(sheet);
    }

    private void writeFields(XSSFSheet sheet, Styles styles) {
        title(sheet, 0, "补充参数（各品种按行业模板需要填写的其他数据）", FIELDS_COLUMNS, styles.title);
        header(sheet, FIELDS_HEADER_ROW, fieldHeaders(), styles);
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        int r = FIELDS_FIRST_ROW;
        for (ReportWorkbookLayout.FieldRow f : layout.fields()) {
            ReportTemplate.ItemField field = f.field();
            Row row = sheet.createRow(r);
            text(row, COL_FIELD_ITEM, f.itemLabel(), styles.locked);
            text(row, COL_FIELD_NAME, field.label(), styles.locked);
            text(row, 2, field.unit(), styles.locked);
            text(row, 3, range(field), styles.locked);
            text(row, 4, field.required() ? "是（有月度数据时）" : "否", styles.locked);
            ReportData.Item figures = current == null ? null : current.items().get(f.itemCode());
            number(row, COL_FIELD_VALUE, figures == null ? null : figures.fields().get(field.name()), styles.inputNumber);
            if (field.min() != null && field.max() != null) {
                validate(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                                field.min().toPlainString(), field.max().toPlainString()), r, r, COL_FIELD_VALUE,
                        COL_FIELD_VALUE, field.label(), "请填写 " + range(field) + " 之间的数值");
            }
            r++;
        }
        int[] widths = {22, 36, 10, 22, 18, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, FIELDS_FIRST_ROW);
        protect(sheet);
    }

    private void writeHelp(XSSFSheet sheet, Styles styles) {
        List<String> lines = List.of(
                "填报说明",
                "1. 本文件仅用于报告编号 " + layout.report().id() + "（" + layout.report().unitCode() + " "
                        + layout.report().unitName() + "，" + layout.report().year() + " 年度），不能导入其他设施、其他年度或其他报告。",
                "2. 在「" + DATA_SHEET + "」中逐行填写各品种 1–12 月的数量；黄色单元格为可填写区域，标题行和序号列受保护。",
                "3. 品种和计量单位请从下拉列表中选择；计量单位须与品种对应（以预填的单位为准）。",
                "4. 数量须为不小于 0 的数值，请直接填写数字，不要输入文字、单位或公式；未发生的月份留空。",
                "5. 平台不计算公式：含公式的单元格会被拒绝，请先「选择性粘贴 → 数值」后再上传。"
                        + "（原因：公式结果因软件而异，且文件会作为原始凭证与提交记录一并保存。）",
                "6. 「" + FIELDS_SHEET + "」中按行业模板填写各品种的补充参数，取值须在所示范围内。",
                "7. 不要增删、重命名或调整工作表、行和列；标题被改动的文件将被拒绝。",
                "8. 上传后平台一次性检查全部单元格：有任何错误时不保存任何数据，并逐条列出「工作表 / 行 / 列 / 原因」；"
                        + "全部正确时与网页表单提交完全相同：保存新版本、核算并运行异常检查。",
                "9. 文件不超过 10 MB，格式为 .xlsx。原始文件及其 SHA-256 摘要随提交记录保存。",
                "模板版本：" + layout.version());
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
        }
        sheet.setColumnWidth(0, 110 * 256);
        protect(sheet);
    }

    /** The identity and the drop-down lists, in a sheet Excel shows in no menu, and as names and properties. */
    private void writeMeta(XSSFWorkbook workbook) {
        XSSFSheet meta = workbook.createSheet(META_SHEET);
        Map<String, String> identity = layout.identity();
        int r = 0;
        for (Map.Entry<String, String> entry : identity.entrySet()) {
            Row row = meta.createRow(r);
            row.createCell(0).setCellValue(entry.getKey());
            row.createCell(1).setCellValue(entry.getValue());
            name(workbook, "DC_" + entry.getKey().toUpperCase(java.util.Locale.ROOT), META_SHEET, 1, r, r);
            workbook.getProperties().getCustomProperties().addProperty("dc." + entry.getKey(), entry.getValue());
            r++;
        }
        List<String> labels = layout.rows().stream().map(ReportWorkbookLayout.ItemRow::label).toList();
        List<String> units = layout.units();
        for (int i = 0; i < Math.max(labels.size(), units.size()); i++) {
            Row row = meta.getRow(i) == null ? meta.createRow(i) : meta.getRow(i);
            if (i < labels.size()) {
                row.createCell(3).setCellValue(labels.get(i));
            }
            if (i < units.size()) {
                row.createCell(4).setCellValue(units.get(i));
            }
        }
        name(workbook, LIST_ITEMS, META_SHEET, 3, 0, Math.max(labels.size(), 1) - 1);
        name(workbook, LIST_UNITS, META_SHEET, 4, 0, Math.max(units.size(), 1) - 1);
        workbook.getProperties().getCoreProperties().setTitle(layout.template().title());
        workbook.getProperties().getCoreProperties().setCreator("碳达峰碳中和管理与服务平台");
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
        protect(meta);
    }

    private static void name(XSSFWorkbook workbook, String name, String sheet, int column, int firstRow, int lastRow) {
        XSSFName defined = workbook.createName();
        defined.setNameName(name);
        String col = CellReference.convertNumToColString(column);
        defined.setRefersToFormula("'" + sheet + "'!$" + col + "$" + (firstRow + 1) + ":$" + col + "$" + (lastRow + 1));
    }

    private static void validate(XSSFSheet sheet, DataValidationConstraint constraint, int firstRow, int lastRow,
                                 int firstCol, int lastCol, String title, String message) {
        DataValidation validation = new XSSFDataValidationHelper(sheet).createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, firstCol, lastCol));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("输入有误：" + title, message);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, message);
        // XSSF inverts this flag: true shows the in-cell drop-down arrow of a list
        validation.setSuppressDropDownArrow(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        sheet.addValidationData(validation);
    }

    /** A random password nobody keeps: the protection is against slips, not a secret; the reader checks anyway. */
    private static void protect(XSSFSheet sheet) {
        byte[] password = new byte[12];
        RANDOM.nextBytes(password);
        sheet.protectSheet(HexFormat.of().formatHex(password));
        sheet.lockFormatColumns(false);
    }

    private static void title(XSSFSheet sheet, int rowIndex, String text, int columns, CellStyle style) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
    }

    private static void header(XSSFSheet sheet, int rowIndex, List<String> headers, Styles styles) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.header);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static String range(ReportTemplate.ItemField field) {
        return (field.min() == null ? "" : field.min().toPlainString()) + " – " + (field.max() == null ? "" : field.max().toPlainString());
    }

    /** Locked header styles and unlocked, yellow input styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle info;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle wrap;
        final CellStyle inputText;
        final CellStyle inputNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            info = workbook.createCellStyle();
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            locked = workbook.createCellStyle();
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            inputText = input(workbook);
            inputNumber = input(workbook);
            inputNumber.setDataFormat(workbook.createDataFormat().getFormat("General"));
        }

        private static CellStyle input(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(false);
            style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderBottom(BorderStyle.HAIR);
            return style;
        }
    }
}
