package org.dualcarbon.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.dualcarbon.monitoring.MonitoringWarning.Cause;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Warnings become alarms with their process on the platform's engine: one open alarm per device and cause, a task for
 * the device's enterprise, closure when the enterprise answers, automatic resolution when the condition clears; the
 * open alarms page shows them within the caller's scope.
 */
@PlatformTest
class MonitoringAlarmsTest {

    static final String MN = "TESTALARM000000000000001";

    @Autowired
    MonitoringAlarms alarms;
    @Autowired
    MonitoringDevices devices;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    MonitoringWarning warning(long device, boolean raised, Cause cause, String code, int minute) {
        return new MonitoringWarning(raised, device, null, cause, code, "TEST." + cause, raised ? 41.0 : null,
                LocalDateTime.of(2026, 5, 4, 9, minute));
    }

    Map<String, Object> alarm(long device, Cause cause) {
        return jdbc.queryForMap("SELECT id, status, open_key, cleared_at, cause_text, process_instance FROM monitoring_alarm "
                + "WHERE device_id = ? AND cause = ? ORDER BY id DESC LIMIT 1", device, cause.name());
    }

    @Test
    void aWarningOpensOneAlarmWhoseTaskTheEnterpriseAnswersAndAClearedConditionResolvesAnother() throws Exception {
        long device = MonitoringTestDevices.register(MN, devices, jdbc, users);
        String uscc = MonitoringTestDevices.uscc(device, jdbc);
        alarms.onWarnings(List.of(warning(device, true, Cause.EXCEEDANCE, "a21026", 30),
                warning(device, true, Cause.EXCEEDANCE, "a21026", 31), warning(device, true, Cause.SILENCE, "*", 31)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM monitoring_alarm WHERE device_id = ? AND open_key IS NOT NULL",
                Long.class, device)).as("one open alarm per device and cause").isEqualTo(2);
        Map<String, Object> exceedance = alarm(device, Cause.EXCEEDANCE);
        Task task = tasks.createTaskQuery().processInstanceId((String) exceedance.get("process_instance")).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(MonitoringAlarmProcess.TASK_HANDLE);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("ent" + uscc));

        CurrentUser filler = (CurrentUser) users.loadUserByUsername("ent.filler");
        mvc.perform(get("/monitoring/alarms").with(user(filler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-alarm=\"" + exceedance.get("id") + "\"")))
                .andExpect(content().string(containsString("超标持续")));
        mvc.perform(get("/monitoring/devices/" + device + "/minutes").with(user(filler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"series\"")));

        tasks.complete(task.getId(), Map.of(MonitoringAlarmProcess.VAR_CAUSE_TEXT, "脱硫塔浆液泵故障",
                MonitoringAlarmProcess.VAR_MEASURES, "更换备用泵", MonitoringAlarmProcess.VAR_EVIDENCE, "维修单 WX-0504-01"));
        exceedance = alarm(device, Cause.EXCEEDANCE);
        assertThat(exceedance.get("status")).isEqualTo("CLOSED");
        assertThat(exceedance.get("open_key")).isNull();
        assertThat(exceedance.get("cause_text")).isEqualTo("脱硫塔浆液泵故障");

        alarms.onWarnings(List.of(warning(device, false, Cause.SILENCE, "*", 50)));
        Map<String, Object> silence = alarm(device, Cause.SILENCE);
        assertThat(silence.get("status")).isEqualTo("RESOLVED");
        assertThat(silence.get("cleared_at")).isNotNull();
        assertThat(tasks.createTaskQuery().processInstanceId((String) silence.get("process_instance")).count()).isZero();

        alarms.onWarnings(List.of(warning(device, true, Cause.EXCEEDANCE, "a21026", 55)));
        assertThat(alarm(device, Cause.EXCEEDANCE).get("status")).as("after closure the same cause opens a new alarm")
                .isEqualTo("OPEN");
    }
}
