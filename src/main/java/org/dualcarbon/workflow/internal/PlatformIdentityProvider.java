package org.dualcarbon.workflow.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.dualcarbon.common.scope.ScopeContext;
import org.dualcarbon.security.Role;
import org.dualcarbon.security.UserAccount;
import org.dualcarbon.security.UserDirectory;
import org.dualcarbon.workflow.EngineGroups;

/**
 * The engine's view of our users and groups: read-only, answered from the platform's own accounts. Camunda
 * never stores a user or a password. Passwords are never checked here — every login goes through the
 * platform's login page.
 */
class PlatformIdentityProvider implements ReadOnlyIdentityProvider {

    private final UserDirectory users;
    private final EngineGroups groups;
    private final ScopeContext scope;

    PlatformIdentityProvider(UserDirectory users, EngineGroups groups, ScopeContext scope) {
        this.users = users;
        this.groups = groups;
        this.scope = scope;
    }

    @Override
    public User findUserById(String userId) {
        return users.find(userId).filter(UserAccount::enabled).map(PlatformIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new PlatformUserQuery();
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PlatformUserQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("native user queries are not available: users live in the platform");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return false;
    }

    @Override
    public Group findGroupById(String groupId) {
        return allGroupNames(Optional.empty()).entrySet().stream()
                .filter(e -> e.getKey().equals(groupId)).findFirst()
                .map(e -> toGroup(e.getKey(), e.getValue()))
                .orElseGet(() -> scope.asSystem(() -> groups.organizationGroupName(groupId))
                        .map(name -> toGroup(groupId, name)).orElse(null));
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new PlatformGroupQuery();
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new PlatformGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // no resources held per session
    }

    List<User> findUsers(PlatformUserQuery query) {
        Stream<UserAccount> accounts = users.all().stream().filter(UserAccount::enabled);
        if (query.getId() != null) {
            accounts = accounts.filter(a -> a.username().equals(query.getId()));
        }
        if (query.getIds() != null) {
            List<String> ids = Arrays.asList(query.getIds());
            accounts = accounts.filter(a -> ids.contains(a.username()));
        }
        if (query.getFirstName() != null) {
            accounts = accounts.filter(a -> a.displayName().equals(query.getFirstName()));
        }
        if (query.getFirstNameLike() != null) {
            String like = query.getFirstNameLike().replace("%", "");
            accounts = accounts.filter(a -> a.displayName().contains(like));
        }
        if (query.getGroupId() != null) {
            accounts = accounts.filter(a -> groupIdsOf(a).contains(query.getGroupId()));
        }
        return accounts.map(PlatformIdentityProvider::toUser).toList();
    }

    List<Group> findGroups(PlatformGroupQuery query) {
        Optional<UserAccount> member = Optional.ofNullable(query.getUserId()).flatMap(users::find)
                .filter(UserAccount::enabled);
        if (query.getUserId() != null && member.isEmpty()) {
            return List.of();
        }
        Stream<Map.Entry<String, String>> entries = allGroupNames(member).entrySet().stream();
        if (query.getId() != null) {
            entries = entries.filter(e -> e.getKey().equals(query.getId()));
        }
        if (query.getIds() != null) {
            List<String> ids = Arrays.asList(query.getIds());
            entries = entries.filter(e -> ids.contains(e.getKey()));
        }
        if (query.getName() != null) {
            entries = entries.filter(e -> e.getValue().equals(query.getName()));
        }
        if (query.getNameLike() != null) {
            String like = query.getNameLike().replace("%", "");
            entries = entries.filter(e -> e.getValue().contains(like));
        }
        if (query.getType() != null) {
            entries = entries.filter(e -> typeOf(e.getKey()).equals(query.getType()));
        }
        return entries.map(e -> toGroup(e.getKey(), e.getValue())).toList();
    }

    /** The member's groups, or every role group plus the groups of every enabled user. */
    private Map<String, String> allGroupNames(Optional<UserAccount> member) {
        if (member.isPresent()) {
            return scope.asSystem(() -> groups.groupsOf(member.get()));
        }
        Map<String, String> all = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            all.put(role.engineGroupId(), role.nameZh());
        }
        for (UserAccount account : users.all()) {
            if (account.enabled()) {
                all.putAll(scope.asSystem(() -> groups.groupsOf(account)));
            }
        }
        return all;
    }

    private List<String> groupIdsOf(UserAccount account) {
        return new ArrayList<>(scope.asSystem(() -> groups.groupsOf(account)).keySet());
    }

    private static String typeOf(String groupId) {
        return EngineGroups.roleOf(groupId).isPresent() ? EngineGroups.TYPE_ROLE : EngineGroups.TYPE_ORGANIZATION;
    }

    private static User toUser(UserAccount account) {
        UserEntity user = new UserEntity(account.username());
        user.setFirstName(account.displayName());
        user.setLastName("");
        return user;
    }

    private static Group toGroup(String id, String name) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(typeOf(id));
        return group;
    }
}
