package org.dualcarbon.common.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Column encryption of personal data (GB/T 22239-2019 §8.1.4.8 b; security.md §1.5): AES-256-GCM with a random 96-bit
 * nonce per value and the column's name as associated data, so a ciphertext moved to another column does not decrypt.
 * The key lives in a file outside the database ({@code dc.crypto.key-file}, created with 32 random bytes and mode 600 on
 * first start) — back it up apart from the database; the backup manifest names it. Stored form:
 * {@code v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>}. {@link #blindIndex} is an HMAC-SHA-256 under a key derived
 * from the same file, for equality search without decrypting.
 */
@Component
public class FieldCipher {

    private static final String VERSION = "v1";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecretKeySpec indexKey;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(@Value("${dc.crypto.key-file:${dc.data-dir}/keys/field-encryption.key}") Path file) {
        byte[] material = load(file);
        this.key = new SecretKeySpec(material, "AES");
        this.indexKey = new SecretKeySpec(hmac(new SecretKeySpec(material, "HmacSHA256"), "dc-blind-index"), "HmacSHA256");
        this.keyId = HexFormat.of().formatHex(sha256(material)).substring(0, 16);
    }

    /** The key's id (first 16 hex digits of its SHA-256), which each ciphertext names. */
    public String keyId() {
        return keyId;
    }

    public String encrypt(String plaintext, String column) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return VERSION + ":" + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Decrypts a stored value of {@code column}; a value changed, moved or sealed under another key is refused. */
    public String decrypt(String stored, String column) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new FieldDecryptionException(column + ": not a v1 ciphertext");
        }
        if (!keyId.equals(parts[1])) {
            throw new FieldDecryptionException(column + ": sealed under key " + parts[1] + ", this platform has key " + keyId);
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new FieldDecryptionException(column + ": the ciphertext does not authenticate (changed, moved or damaged)");
        }
    }

    /** An equality-search token of a normalised value; it reveals nothing without the key. */
    public String blindIndex(String value, String column) {
        return value == null ? null : HexFormat.of().formatHex(hmac(indexKey, column + "\u0000" + value));
    }

    /** A stored value that cannot be decrypted. */
    public static class FieldDecryptionException extends RuntimeException {
        public FieldDecryptionException(String message) {
            super(message);
        }
    }

    private static byte[] load(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.write(file, Base64.getEncoder().encode(fresh), java.nio.file.StandardOpenOption.CREATE_NEW);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the folder's ACL protects it
                    }
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    // fall through and read the other node's key
                }
            }
            byte[] material = Base64.getDecoder().decode(Files.readString(file).trim());
            if (material.length != 32) {
                throw new IllegalStateException("dc.crypto.key-file " + file + " must hold 32 bytes (base64); it holds " + material.length);
            }
            return material;
        } catch (IOException e) {
            throw new UncheckedIOException("dc.crypto.key-file " + file + " could not be read or created", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("dc.crypto.key-file " + file + " is not base64", e);
        }
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
