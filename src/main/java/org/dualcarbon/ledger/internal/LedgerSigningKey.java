package org.dualcarbon.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dualcarbon.ledger.TreeHeadSignatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ledger's Ed25519 key pair, kept in a file outside the database ({@code dc.ledger.signing-key}, by default under
 * the data directory) so that whoever can rewrite the database still cannot sign a tree head. Generated on first start
 * when the file is absent, readable by its owner only where the file system allows it. The file holds the private key
 * (PKCS#8) and the public key (X.509) as PEM blocks.
 */
@Component
public class LedgerSigningKey {

    private static final Logger log = LoggerFactory.getLogger(LedgerSigningKey.class);
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    LedgerSigningKey(@Value("${dc.ledger.signing-key:${dc.data-dir}/keys/ledger-signing-ed25519.pem}") Path file) {
        KeyPair pair = Files.exists(file) ? read(file) : generate(file);
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    public byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(TreeHeadSignatures.ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with the ledger key", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String keyId() {
        return TreeHeadSignatures.keyId(publicKey);
    }

    public String publicKeyPem() {
        return TreeHeadSignatures.pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static KeyPair generate(Path file) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(TreeHeadSignatures.ALGORITHM).generateKeyPair();
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            String text = TreeHeadSignatures.pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                    + TreeHeadSignatures.pem("PUBLIC KEY", pair.getPublic().getEncoded());
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            log.info("generated the ledger signing key {} (key id {})", file, TreeHeadSignatures.keyId(pair.getPublic()));
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the ledger signing key " + file, e);
        }
    }

    private static KeyPair read(Path file) {
        try {
            Matcher blocks = BLOCK.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            PrivateKey privateKey = null;
            PublicKey publicKey = null;
            while (blocks.find()) {
                byte[] der = Base64.getMimeDecoder().decode(blocks.group(2).strip());
                if (blocks.group(1).equals("PRIVATE KEY")) {
                    privateKey = KeyFactory.getInstance(TreeHeadSignatures.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
                } else if (blocks.group(1).equals("PUBLIC KEY")) {
                    publicKey = TreeHeadSignatures.publicKeyFromPem(blocks.group(0));
                }
            }
            if (privateKey == null || publicKey == null) {
                throw new IllegalStateException("the ledger signing key file " + file + " lacks its private or public key");
            }
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the ledger signing key file " + file + " holds no Ed25519 key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the ledger signing key " + file, e);
        }
    }
}
