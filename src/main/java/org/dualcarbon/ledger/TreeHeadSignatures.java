package org.dualcarbon.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Checks a signed tree head against the published public key (Ed25519, RFC 8032, as the JDK implements it), and
 * reads that key from its PEM text. Plain JDK code, so that an auditor's tool can use it without the platform.
 */
public final class TreeHeadSignatures {

    public static final String ALGORITHM = "Ed25519";

    private TreeHeadSignatures() {
    }

    public static boolean verify(SignedTreeHead head, PublicKey key) {
        try {
            if (!keyId(key).equals(head.keyId())) {
                return false;
            }
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(head.signedBytes());
            return signature.verify(Base64.getDecoder().decode(head.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** SHA-256 of the key's X.509 SubjectPublicKeyInfo encoding, hex. */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(Sha256.digest(key.getEncoded()));
    }

    public static PublicKey publicKeyFromPem(String pem) {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
