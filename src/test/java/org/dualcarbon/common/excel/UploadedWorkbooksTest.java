package org.dualcarbon.common.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The guards of an upload, each with its own reason, and the caps on rows and columns. */
class UploadedWorkbooksTest {

    @Test
    void eachGuardSaysWhatItRefused() throws Exception {
        assertThat(reason(new byte[0])).contains("文件为空");
        assertThat(reason(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}))
                .contains(".xls");
        assertThat(reason("PK\u0003\u0004 not really a zip".getBytes())).contains(".xlsx");
        assertThat(reason(new byte[(int) UploadedWorkbooks.MAX_FILE_BYTES + 1])).contains("10 MB");
    }

    @Test
    void aSheetWithTooManyRowsIsRefusedWithItsName() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("数据");
            for (int r = 0; r < 60; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            sheet.getRow(5).createCell(30).setCellValue("far");
            workbook.write(out);
            file = out.toByteArray();
        }
        assertThatThrownBy(() -> UploadedWorkbooks.open(file, 50, 100)).isInstanceOfSatisfying(WorkbookRejectedException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.sheet()).isEqualTo("数据");
                    assertThat(p.reason()).contains("行数超过上限 50 行");
                }));
        assertThatThrownBy(() -> UploadedWorkbooks.open(file, 100, 10)).isInstanceOfSatisfying(WorkbookRejectedException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.where()).isEqualTo("数据!AE6");
                    assertThat(p.reason()).contains("列数超过上限 10 列");
                }));
        try (XSSFWorkbook ok = UploadedWorkbooks.open(file, 100, 40)) {
            assertThat(ok.getSheet("数据").getLastRowNum()).isEqualTo(59);
        }
    }

    private static String reason(byte[] content) {
        try {
            UploadedWorkbooks.open(content, 100, 100).close();
        } catch (WorkbookRejectedException e) {
            return e.problems().get(0).reason();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("accepted");
    }
}
