package org.dualcarbon.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A rendered document: the file name to offer (without extension), its format, its bytes and their SHA-256. */
public record GeneratedDocument(String name, DocumentFormat format, byte[] content, String sha256) {

    public static GeneratedDocument of(String name, DocumentFormat format, byte[] content) {
        return new GeneratedDocument(name, format, content, sha256(content));
    }

    /** The file name with its extension, e.g. {@code 2025年度碳排放报告-U01.pdf}. */
    public String fileName() {
        return name + "." + format.extension();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The SHA-256 of a text in UTF-8 (used to derive stable document identifiers). */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
