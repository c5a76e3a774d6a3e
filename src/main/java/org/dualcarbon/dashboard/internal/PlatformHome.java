package org.dualcarbon.dashboard.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dualcarbon.energy.ActivityItemCatalog;
import org.dualcarbon.messaging.MqttGateway;
import org.dualcarbon.organization.EnterpriseQuery;
import org.dualcarbon.organization.EnterpriseService;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.dualcarbon.security.PermissionMatrix;
import org.dualcarbon.security.Role;
import org.dualcarbon.security.UserAccount;
import org.dualcarbon.security.UserDirectory;
import org.dualcarbon.workflow.EngineOverview;
import org.dualcarbon.workflow.TaskCounter;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Homes of verifiers, rule authors and the three administrators. */
@Component
class PlatformHome {

    private final EnterpriseService enterprises;
    private final ActivityItemCatalog items;
    private final UserDirectory users;
    private final EngineOverview engine;
    private final MqttGateway mqtt;
    private final TaskCounter tasks;

    PlatformHome(EnterpriseService enterprises, ActivityItemCatalog items, UserDirectory users, EngineOverview engine,
                 MqttGateway mqtt, TaskCounter tasks) {
        this.enterprises = enterprises;
        this.items = items;
        this.users = users;
        this.engine = engine;
        this.mqtt = mqtt;
        this.tasks = tasks;
    }

    String verifier(CurrentUser me, Model model) {
        model.addAttribute("assigned", enterprises.list(EnterpriseQuery.all()).items());
        model.addAttribute("taskCount", tasks.openTasksOf(me.getUsername()));
        return "dashboard/verifier-home";
    }

    String ruleAuthor(CurrentUser me, Model model) {
        model.addAttribute("items", items.all());
        model.addAttribute("taskCount", tasks.openTasksOf(me.getUsername()));
        return "dashboard/rule-author-home";
    }

    String administrator(CurrentUser me, Model model) {
        Map<Role, Long> byRole = users.all().stream()
                .collect(Collectors.groupingBy(UserAccount::role, TreeMap::new, Collectors.counting()));
        model.addAttribute("usersByRole", byRole);
        model.addAttribute("accounts", users.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("permissions", Arrays.asList(Permission.values()));
        model.addAttribute("matrix", Arrays.stream(Role.values()).collect(Collectors.toMap(Role::name,
                r -> PermissionMatrix.of(r).stream().map(Permission::name).sorted().toList())));
        if (me.role() == Role.SYSTEM_ADMIN) {
            model.addAttribute("engine", engine.status());
            model.addAttribute("mqttConnected", mqtt.isConnected());
            model.addAttribute("mqttBroker", mqtt.brokerUrl());
        }
        return "dashboard/admin-home";
    }
}
