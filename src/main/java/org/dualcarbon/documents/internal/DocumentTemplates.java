package org.dualcarbon.documents.internal;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The FreeMarker templates of the documents ({@code templates/documents/*.ftlx}). Each declares
 * {@code output_format="XML"} itself, so every value is XML-escaped whatever the configuration's file-extension
 * setting is (stack.md §9: an unescaped {@code <} or {@code &} corrupts a .docx).
 */
final class DocumentTemplates {

    private final Configuration freemarker;

    DocumentTemplates(Configuration freemarker) {
        this.freemarker = freemarker;
    }

    String render(String template, Map<String, ?> model) {
        try {
            StringWriter out = new StringWriter();
            freemarker.getTemplate("documents/" + template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("document template " + template + " failed", e);
        }
    }
}
