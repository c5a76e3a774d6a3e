package org.dualcarbon.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dualcarbon.common.crypto.FieldCipher;
import org.dualcarbon.security.internal.UserMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor (GB/T 22239-2019 §8.1.4.1 d: two authentication techniques, one of them cryptographic; security.md
 * §1.1, §1.6): required of the three administrators (三员) and the rule authors. The secret is stored encrypted with the
 * field key (outside the database). At an interactive login a code is accepted once (its time step must be later than the
 * last accepted); an API call of these roles carries a current code in {@code X-DC-OTP}.
 */
@Service
public class SecondFactor {

    /** The roles that must present a second factor. */
    public static final Set<Role> REQUIRED = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.RULE_AUTHOR);
    /** The header an API call of those roles carries its current code in. */
    public static final String HEADER = "X-DC-OTP";
    static final String COLUMN = "app_user.totp_secret";

    private final UserMapper users;
    private final FieldCipher cipher;
    private final Clock clock;

    public SecondFactor(UserMapper users, FieldCipher cipher, Optional<Clock> clock) {
        this.users = users;
        this.cipher = cipher;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public static boolean requiredFor(Role role) {
        return REQUIRED.contains(role);
    }

    public boolean enrolled(String username) {
        return users.totpSecret(username) != null;
    }

    /** Stores a confirmed secret (enrolment), encrypted; the demo and the enrolment page use it. */
    @Transactional
    public void enroll(String username, byte[] secret) {
        users.setTotpSecret(username, cipher.encrypt(Totp.base32(secret), COLUMN));
    }

    /** Forgets an account's secret (the system administrator, when a phone is lost): it enrols again at its next login. */
    @Transactional
    public void reset(String username) {
        users.setTotpSecret(username, null);
    }

    /** An interactive login's code: valid now and not used before. */
    @Transactional
    public boolean acceptOnce(String username, String code) {
        long step = matching(username, code);
        return step >= 0 && users.advanceTotpStep(username, step) == 1;
    }

    /** An API call's code: valid for the current window (±1 step). */
    public boolean valid(String username, String code) {
        return matching(username, code) >= 0;
    }

    /** The code a secret gives now — for enrolment, where the secret is not stored yet. */
    public boolean validFor(byte[] secret, String code) {
        return Totp.matchingStep(secret, code, clock.instant().getEpochSecond()) >= 0;
    }

    private long matching(String username, String code) {
        String stored = users.totpSecret(username);
        if (stored == null) {
            return -1;
        }
        return Totp.matchingStep(Totp.fromBase32(cipher.decrypt(stored, COLUMN)), code, clock.instant().getEpochSecond());
    }
}
