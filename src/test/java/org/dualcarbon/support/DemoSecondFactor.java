package org.dualcarbon.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dualcarbon.demo.DemoDataSetup;
import org.dualcarbon.security.SecondFactor;
import org.dualcarbon.security.Totp;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo accounts' second factor, as the tests present it: a current code for API calls ({@code X-DC-OTP}), and for
 * interactive logins a code of a time step not used before by this JVM (the platform accepts each step once per account),
 * waiting for the next step when the three acceptable ones are used up.
 */
public final class DemoSecondFactor {

    /** The demo accounts of the roles that need a second factor. */
    public static final Set<String> ACCOUNTS = Set.of("sysadmin", "secadmin", "auditadmin", "rule.author");
    private static final byte[] SECRET = Totp.fromBase32(DemoDataSetup.DEMO_TOTP_SECRET);
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static volatile org.springframework.jdbc.core.JdbcTemplate database;

    private DemoSecondFactor() {
    }

    public static boolean required(String username) {
        return ACCOUNTS.contains(username);
    }

    /** The code valid now (API calls; not consumed). */
    public static String currentCode() {
        return Totp.code(SECRET, Totp.step(System.currentTimeMillis() / 1000), Totp.DIGITS);
    }

    /**
     * Lets the logins of the shared test platform forget the account's last accepted step first, so that tests signing
     * the same account in within one 30-second step need not wait (SecondFactorTest checks the one-use rule itself).
     */
    static void useDatabase(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        database = jdbc;
    }

    /** A code for an interactive login of {@code username} that the platform has not accepted before. */
    public static synchronized String nextLoginCode(String username) {
        if (database != null) {
            database.update("UPDATE app_user SET totp_last_step = NULL WHERE username = ?", username);
            return currentCode();
        }
        long step = Math.max(Totp.step(System.currentTimeMillis() / 1000), LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > Totp.step(System.currentTimeMillis() / 1000) + 1) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        LAST_STEP.put(username, step);
        return Totp.code(SECRET, step, Totp.DIGITS);
    }

    /** MockMvc's HTTP Basic, with the current code for the accounts that need one. */
    public static RequestPostProcessor basic(String username, String password) {
        RequestPostProcessor basic = httpBasic(username, password);
        if (!required(username)) {
            return basic;
        }
        return request -> {
            request.addHeader(SecondFactor.HEADER, currentCode());
            return basic.postProcessRequest(request);
        };
    }
}
