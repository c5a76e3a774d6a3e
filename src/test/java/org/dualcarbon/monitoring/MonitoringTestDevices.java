package org.dualcarbon.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Registers test devices on the demo enterprise of ent.filler and writes their JSON messages. */
public final class MonitoringTestDevices {

    private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private MonitoringTestDevices() {
    }

    /** The device's id, registering it on the first unit of ent.filler's enterprise if needed. */
    public static long register(String mn, MonitoringDevices devices, JdbcTemplate jdbc, UserDetailsService users) {
        Long existing = jdbc.queryForList("SELECT id FROM monitoring_device WHERE mn = ?", Long.class, mn).stream().findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        CurrentUser official = (CurrentUser) users.loadUserByUsername("gov.province");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(official, null,
                official.getAuthorities()));
        try {
            long unit = jdbc.queryForObject("SELECT MIN(u.id) FROM emission_unit u JOIN app_user a ON a.enterprise_id = u.enterprise_id "
                    + "WHERE a.username = 'ent.filler'", Long.class);
            return devices.register(mn, "测试CEMS " + mn, unit, "JSON").device().id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static String uscc(long deviceId, JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT e.uscc FROM monitoring_device d JOIN enterprise e ON e.id = d.enterprise_id WHERE d.id = ?",
                String.class, deviceId);
    }

    /** One real-time JSON message: each pair is code, value (flag N). */
    public static MqttGateway.Received message(String uscc, String mn, LocalDateTime beijing, String... codeValues) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < codeValues.length; i += 2) {
            values.append(i == 0 ? "" : ",").append("{\"code\":\"").append(codeValues[i]).append("\",\"kind\":\"Rtd\",\"value\":")
                    .append(codeValues[i + 1]).append(",\"flag\":\"N\"}");
        }
        String json = "{\"mn\":\"" + mn + "\",\"qn\":\"" + beijing.format(QN) + "\",\"dataTime\":\""
                + beijing.atOffset(ZoneOffset.ofHours(8)) + "\",\"values\":[" + values + "]}";
        return new MqttGateway.Received("dc/" + uscc + "/" + mn + "/json", json.getBytes(StandardCharsets.UTF_8));
    }
}
