package org.dualcarbon.workflow.internal;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.dualcarbon.security.PermissionMatrix;
import org.dualcarbon.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine grants the platform needs, created idempotently at start-up: the system administrator's group
 * may do everything in the engine (Camunda's admin group bypasses nothing by itself); every role that works
 * tasks may open Tasklist, read process definitions (for names and forms) and use the shared task filter.
 * Tasks themselves are granted per candidate group by the engine when a task is created.
 */
@Component
@Order(20)
class EngineAuthorizations implements ApplicationRunner {

    static final String ALL_TASKS_FILTER = "我的待办 / My tasks";
    private static final Logger log = LoggerFactory.getLogger(EngineAuthorizations.class);

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    EngineAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        String adminGroup = Role.SYSTEM_ADMIN.engineGroupId();
        for (Resources resource : Resources.values()) {
            grant(adminGroup, resource, "*", Permissions.ALL);
        }
        String filterId = sharedTaskFilter();
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM_ADMIN && PermissionMatrix.allows(role, org.dualcarbon.security.Permission.TASKLIST)) {
                grant(role.engineGroupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
                grant(role.engineGroupId(), Resources.PROCESS_DEFINITION, "*", Permissions.READ);
                grant(role.engineGroupId(), Resources.FILTER, filterId, Permissions.READ);
            }
        }
        log.info("engine authorizations in place (admin group {}, shared filter {})", adminGroup, filterId);
    }

    private String sharedTaskFilter() {
        List<Filter> existing = filters.createFilterQuery().filterName(ALL_TASKS_FILTER).list();
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        Filter filter = filters.newTaskFilter(ALL_TASKS_FILTER);
        // an empty query: the engine's authorization checks leave each user only the tasks granted to them
        filter.setQuery(tasks.createTaskQuery());
        filter.setProperties(Map.of("description", "本人及本单位可办理的任务 / tasks you or your organisation may work",
                "priority", -10, "refresh", true, "color", "#1f6f50"));
        return filters.saveFilter(filter).getId();
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }
}
