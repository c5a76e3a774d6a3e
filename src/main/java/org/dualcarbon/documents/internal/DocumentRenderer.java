package org.dualcarbon.documents.internal;

import freemarker.template.Configuration;
import org.dualcarbon.documents.DocumentFormat;
import org.dualcarbon.documents.GeneratedDocument;
import org.dualcarbon.documents.ReportDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.freemarker.FreeMarkerConfig;

/** Renders a {@link ReportDocument} to the format asked for; one model, two renderings. */
@Component
public class DocumentRenderer {

    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    @Autowired
    DocumentRenderer(FreeMarkerConfig freemarker) {
        this(freemarker.getConfiguration());
    }

    /** With a FreeMarker configuration whose template loader reads {@code templates/} (tests without Spring). */
    public DocumentRenderer(Configuration freemarker) {
        DocumentTemplates templates = new DocumentTemplates(freemarker);
        this.docx = new DocxRenderer(templates);
        this.pdf = new PdfRenderer(templates);
    }

    public GeneratedDocument render(ReportDocument doc, DocumentFormat format) {
        byte[] content = switch (format) {
            case DOCX -> docx.render(doc);
            case PDF -> pdf.render(doc);
        };
        return GeneratedDocument.of(doc.fileName(), format, content);
    }
}
