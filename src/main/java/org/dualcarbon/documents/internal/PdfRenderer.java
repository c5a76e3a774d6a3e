package org.dualcarbon.documents.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.dualcarbon.documents.GeneratedDocument;
import org.dualcarbon.documents.ReportDocument;

/**
 * PDF: the document as XHTML ({@code document.xhtml.ftlx}) laid out by openhtmltopdf on A4 with Noto Sans SC
 * (regular and bold, embedded as subsets). The information dates are the data's {@code asOf} and the file
 * identifier is derived from the content, so the same data give the same bytes.
 */
final class PdfRenderer {

    static final String FONT_FAMILY = "Noto Sans SC";
    private static final String PRODUCER = "碳达峰碳中和管理与服务平台";

    /** Each layout parses both fonts (about 20 MB): at most two at a time, whatever the number of downloads. */
    private final Semaphore layouts = new Semaphore(2);
    private final DocumentTemplates templates;
    private final byte[] regular;
    private final byte[] bold;

    PdfRenderer(DocumentTemplates templates) {
        this.templates = templates;
        this.regular = font("/fonts/NotoSansSC_400Regular.ttf");
        this.bold = font("/fonts/NotoSansSC_700Bold.ttf");
    }

    byte[] render(ReportDocument doc) {
        String xhtml = templates.render("document.xhtml.ftlx", Map.of("doc", doc));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer(PRODUCER);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        layouts.acquireUninterruptibly();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
            fixMetadata(pdf, doc, xhtml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("PDF of \"" + doc.title() + "\" could not be written", e);
        } finally {
            layouts.release();
        }
    }

    private static void fixMetadata(PDDocument pdf, ReportDocument doc, String xhtml) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Calendar asOf = GregorianCalendar.from(doc.asOf().atZone(ZoneId.systemDefault()));
        info.setTitle(doc.title());
        info.setSubject(doc.subtitle());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(asOf);
        info.setModificationDate(asOf);
        // PDFBox derives the trailer /ID from this number; without it, from the clock
        pdf.setDocumentId(ByteBuffer.wrap(HexFormat.of().parseHex(GeneratedDocument.sha256(xhtml).substring(0, 16))).getLong());
    }

    private static byte[] font(String path) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath: the build brings it from the npm package "
                        + "@expo-google-fonts/noto-sans-sc (run mvn with npm on the PATH)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(path + " could not be read", e);
        }
    }
}
