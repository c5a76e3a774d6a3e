package org.dualcarbon.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.dualcarbon.documents.DocumentFormat;
import org.dualcarbon.documents.ReportDocument;
import org.dualcarbon.documents.ReportDocument.Column;
import org.dualcarbon.documents.ReportDocument.Field;
import org.dualcarbon.documents.ReportDocument.Fields;
import org.dualcarbon.documents.ReportDocument.Paragraph;
import org.dualcarbon.documents.ReportDocument.Section;
import org.dualcarbon.documents.ReportDocument.Table;
import org.junit.jupiter.api.Test;

/**
 * The two renderings of one model, without Spring: Chinese text and figures come out of both files as written,
 * markup characters in names are text (the .docx still opens), and rendering twice gives the same bytes.
 */
class DocumentRendererTest {

    static final DocumentRenderer renderer = new DocumentRenderer(freemarker());

    static Configuration freemarker() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(DocumentRendererTest.class, "/templates");
        configuration.setDefaultEncoding("UTF-8");
        return configuration;
    }

    static ReportDocument sample(String unitName) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            rows.add(List.of(String.valueOf(i), "原煤 " + unitName, "1,234.5678"));
        }
        return new ReportDocument("2025年度碳排放报告-U01", unitName + " 2025年度碳排放报告", "排放单位年度报告",
                List.of(new Field("排放单位", unitName), new Field("统一社会信用代码", "91640181MA76XXXX0X")),
                List.of(new Section("一、排放总量", new Fields(List.of(new Field("排放总量（tCO2e）", "12,345.6789"))),
                                new Paragraph("第一行\n第二行 日文化")),
                        new Section("二、核算明细", new Table(List.of(Column.text("序号", 1), Column.text("排放源", 4),
                                Column.figure("排放量（tCO2e）", 2)), rows, List.of("", "合计", "98,765.4321")))),
                LocalDateTime.of(2026, 3, 5, 10, 15, 30));
    }

    @Test
    void theDocxOpensWithPoiAndCarriesTheTextAndTheEastAsianFont() throws IOException {
        String name = "锅炉<1号> & \"余热\"";
        byte[] docx = renderer.render(sample(name), DocumentFormat.DOCX).content();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertThat(text.getText()).contains(name + " 2025年度碳排放报告", "12,345.6789", "98,765.4321", "日文化", "第二行");
            XWPFRun run = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).findFirst().orElseThrow();
            assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("Noto Sans SC");
            assertThat(word.getTables().get(2).getRow(0).isRepeatHeader()).isTrue();
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo(name + " 2025年度碳排放报告");
        }
    }

    @Test
    void thePdfCarriesChineseTextAsWrittenAndPageNumbers() throws IOException {
        byte[] pdf = renderer.render(sample("锅炉<1号> & 余热"), DocumentFormat.PDF).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("锅炉<1号> & 余热", "碳排放报告", "12,345.6789", "98,765.4321", "日文化", "统一社会信用代码");
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(text).contains("第 1 页，共 " + document.getNumberOfPages() + " 页");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(LocalDateTime.of(2026, 3, 5, 10, 15, 30).atZone(java.time.ZoneId.systemDefault()).toInstant());
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(renderer.render(sample("一号锅炉"), format).content())
                    .as(format.name()).isEqualTo(renderer.render(sample("一号锅炉"), format).content());
        }
    }
}
