package org.dualcarbon.ledger.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.dualcarbon.common.web.PlatformApiClient;
import org.dualcarbon.ledger.MerkleProofs;
import org.dualcarbon.ledger.SignedTreeHead;
import org.dualcarbon.ledger.TreeHeadSignatures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * 账本校验命令 — verifies a running platform's ledger from outside: asks the platform to walk the whole ledger
 * (re-hashing the live business rows) and prints the first broken record; independently checks the latest signed tree
 * head's Ed25519 signature with the published public key, and — given {@code --since-size} (the size of a tree head the
 * auditor kept from earlier) — checks the consistency proof between that tree and the latest one itself. Exit code 0:
 * intact; 1: broken; 2: the platform could not be asked.
 */
@Command(name = "dc-ledger-verify", mixinStandardHelpOptions = true,
        description = "Verifies the platform's tamper-evident ledger and its signed tree head.")
public final class LedgerVerifyCommand implements Callable<Integer> {

    @Option(names = "--platform", defaultValue = "http://localhost:8080", description = "the platform (default: ${DEFAULT-VALUE})")
    URI platform;

    @Option(names = "--user", defaultValue = "auditor", description = "an account with LEDGER_VERIFY (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password", defaultValue = "${env:DC_LEDGER_PASSWORD:-Demo@2026}",
            description = "its password (default: $DC_LEDGER_PASSWORD, else the demo accounts' password)")
    String password;

    @Option(names = "--since-size", description = "size of an earlier tree head you kept")
    Long sinceSize;

    @Option(names = "--since-root", description = "root hash (hex) of that earlier tree head")
    String sinceRoot;


    public static void main(String[] args) {
        System.exit(new CommandLine(new LedgerVerifyCommand()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try {
            return verify(out);
        } catch (IOException | IllegalStateException e) {
            out.println("could not ask the platform: " + e.getMessage());
            return 2;
        }
    }

    private int verify(PrintWriter out) throws IOException, InterruptedException {
        JsonNode result = call("POST", "/api/ledger/verify");
        JsonNode key = call("GET", "/api/ledger/public-key");
        boolean ok = result.path("ok").asBoolean();
        out.printf("records checked: %d%n", result.path("checked").asLong());
        if (!ok) {
            JsonNode broken = result.path("firstBroken");
            out.printf("BROKEN at record %d (%s %s): %s%n  recorded %s%n  now      %s%n", broken.path("seq").asLong(),
                    broken.path("type").asText(""), broken.path("objectId").asText(""), broken.path("reason").asText(),
                    broken.path("expected").asText("-"), broken.path("actual").asText("-"));
        }
        JsonNode head = result.path("treeHead");
        if (!head.isMissingNode() && !head.isNull()) {
            SignedTreeHead sth = json.treeToValue(head, SignedTreeHead.class);
            boolean signed = TreeHeadSignatures.verify(sth, TreeHeadSignatures.publicKeyFromPem(key.path("pem").asText()));
            out.printf("signed tree head: size %d, root %s, %s — signature %s%n", sth.treeSize(), sth.rootHash(), sth.timestamp(),
                    signed ? "valid" : "INVALID");
            ok &= signed;
            if (sinceSize != null && sinceRoot != null) {
                ok &= consistent(sth, out);
            }
        } else {
            out.println("no signed tree head yet");
        }
        out.println(ok ? "ledger intact" : "LEDGER BROKEN");
        return ok ? 0 : 1;
    }

    private boolean consistent(SignedTreeHead sth, PrintWriter out) throws IOException, InterruptedException {
        JsonNode proof = call("GET", "/api/ledger/proof/consistency?first=" + sinceSize + "&second=" + sth.treeSize());
        String[] hashes = json.convertValue(proof.path("proof"), String[].class);
        List<byte[]> path = hashes == null ? List.of() : Arrays.stream(hashes).map(HexFormat.of()::parseHex).toList();
        boolean consistent = MerkleProofs.verifyConsistency(sinceSize, sth.treeSize(), HexFormat.of().parseHex(sinceRoot),
                HexFormat.of().parseHex(sth.rootHash()), path);
        out.printf("tree of size %d is %s prefix of the signed tree%n", sinceSize, consistent ? "a" : "NOT a");
        return consistent;
    }

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode call(String method, String path) throws IOException, InterruptedException {
        return new PlatformApiClient(platform, user, password).call(method, path);
    }
}
