package org.dualcarbon.documents;

import java.util.Arrays;
import org.dualcarbon.common.web.NotFoundException;

/** The file formats a report document is rendered to. */
public enum DocumentFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a file extension ({@code docx}, {@code pdf}); an unknown one is a page that does not exist. */
    public static DocumentFormat ofExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst()
                .orElseThrow(() -> new NotFoundException("document format", extension));
    }
}
