package org.dualcarbon.monitoring;

import java.security.SecureRandom;
import java.util.Base64;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.monitoring.hj212.Hj212Compatibility;
import org.springframework.security.crypto.password.PasswordEncoder;
import java.util.List;
import java.util.regex.Pattern;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.monitoring.internal.MonitoringMapper;
import org.dualcarbon.organization.EmissionUnit;
import org.dualcarbon.organization.EmissionUnitService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The devices of the caller's scope, their latest readings, and the messages rejected from them. */
@Service
public class MonitoringDevices {

    private static final Pattern MN = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final SecureRandom SECRETS = new SecureRandom();

    private final MonitoringMapper store;
    private final EmissionUnitService units;
    private final ScopeContext scope;
    private final PasswordEncoder passwords;

    public MonitoringDevices(MonitoringMapper store, EmissionUnitService units, ScopeContext scope,
                             PasswordEncoder passwords) {
        this.passwords = passwords;
        this.store = store;
        this.units = units;
        this.scope = scope;
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<MonitoringDevice> devices() {
        return store.devices();
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public MonitoringDevice device(long id) {
        return store.device(id).orElseThrow(() -> new NotFoundException("device", id));
    }

    @PreAuthorize("hasAuthority('ACTIVITY_READ')")
    public List<Reading> latest(long id, int limit) {
        device(id);
        return store.latestReadings(id, Math.min(Math.max(limit, 1), 500));
    }

    /** Rejected messages of the caller's scope; those of unknown senders are seen by unrestricted operators. */
    @PreAuthorize("hasAnyAuthority('ACTIVITY_READ', 'OPERATIONS')")
    public List<RejectedMessage> rejected() {
        return store.rejected(200);
    }

    /**
     * Sets which HJ 212 deviations are accepted from a device (comma-separated names of
     * {@link org.dualcarbon.monitoring.hj212.Hj212Deviation}; empty: strict). Each reading stored through one records it.
     */
    @PreAuthorize("hasAuthority('UNIT_MANAGE')")
    @Transactional
    public MonitoringDevice setCompatibility(long id, String deviations) {
        MonitoringDevice device = device(id);
        String text;
        try {
            text = Hj212Compatibility.parse(deviations).asText();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("compatibility", e.getMessage());
        }
        store.setCompatibility(device.id(), "STRICT".equalsIgnoreCase(text) ? "" : text);
        return device(id);
    }

    /** A registered device and its broker secret, shown once: only its hash is stored. */
    public record Registered(MonitoringDevice device, String secret) {
    }

    /**
     * Registers a device on a unit of the caller's scope; its MN is its identity and must be unique. Returns the
     * secret the device logs in to the broker with (user name = MN).
     */
    @PreAuthorize("hasAuthority('UNIT_MANAGE')")
    @Transactional
    public Registered register(String mn, String name, long unitId, String protocol) {
        if (mn == null || !MN.matcher(mn).matches()) {
            throw new InvalidInputException("mn", "MN须为1–32位字母数字 / 1–32 letters or digits");
        }
        if (name == null || name.isBlank() || name.length() > 128) {
            throw new InvalidInputException("name", "请填写名称（不超过128字） / a name of at most 128 characters");
        }
        if (!"JSON".equals(protocol) && !"HJ212".equals(protocol)) {
            throw new InvalidInputException("protocol", "须为 JSON 或 HJ212 / JSON or HJ212");
        }
        EmissionUnit unit = units.get(unitId);
        // an MN is unique across the platform, whoever's scope it is in
        if (scope.asSystem(() -> store.deviceByMn(mn).isPresent())) {
            throw new InvalidInputException("mn", "该MN已登记 / this MN is registered already");
        }
        byte[] random = new byte[18];
        SECRETS.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        store.insertDevice(new MonitoringMapper.DeviceRow(mn, name.strip(), unit.enterpriseId(), unit.id(), protocol, "",
                passwords.encode(secret), unit.scopePath()));
        return new Registered(store.deviceByMn(mn).orElseThrow(), secret);
    }
}
