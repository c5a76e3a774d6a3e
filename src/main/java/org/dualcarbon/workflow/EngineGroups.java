package org.dualcarbon.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dualcarbon.organization.Enterprise;
import org.dualcarbon.organization.OrganizationDirectory;
import org.dualcarbon.organization.Park;
import org.dualcarbon.organization.Region;
import org.dualcarbon.security.Role;
import org.dualcarbon.security.UserAccount;
import org.springframework.stereotype.Component;

/**
 * The process engine's groups. Each role is a group; each organisation a user acts for is one more, so that a
 * task whose candidate group is {@code ent<USCC>} (or {@code region<code>}, {@code park<code>}) is seen and
 * worked only by that organisation's users. Group ids use letters and digits only, as the engine requires.
 */
@Component
public class EngineGroups {

    public static final String TYPE_ROLE = "ROLE";
    public static final String TYPE_ORGANIZATION = "ORGANIZATION";

    private final OrganizationDirectory organizations;

    public EngineGroups(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    public static String region(String divisionCode) {
        return "region" + divisionCode;
    }

    public static String park(String parkCode) {
        return "park" + parkCode;
    }

    public static String enterprise(String uscc) {
        return "ent" + uscc;
    }

    /** Group id → display name, role group first. */
    public Map<String, String> groupsOf(UserAccount account) {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(account.role().engineGroupId(), account.role().nameZh());
        switch (account.role()) {
            case GOV_OFFICIAL, AUDITOR -> organizations.region(account.regionCode())
                    .ifPresent(r -> groups.put(region(r.code()), r.name()));
            case PARK_MANAGER -> Optional.ofNullable(account.parkId()).flatMap(organizations::park)
                    .ifPresent(p -> groups.put(park(p.code()), p.name()));
            case ENTERPRISE_FILLER, ENTERPRISE_MANAGER -> enterprisesOf(account)
                    .forEach(e -> groups.put(enterprise(e.uscc()), e.name()));
            default -> {
            }
        }
        return groups;
    }

    /** The display name of an organisation group, if the id names one that exists. */
    public Optional<String> organizationGroupName(String groupId) {
        if (groupId.startsWith("region")) {
            return organizations.region(groupId.substring(6)).map(Region::name);
        }
        if (groupId.startsWith("park")) {
            String code = groupId.substring(4);
            return organizations.parks().stream().filter(p -> p.code().equals(code)).map(Park::name).findFirst();
        }
        if (groupId.startsWith("ent")) {
            return organizations.enterpriseByUscc(groupId.substring(3)).map(Enterprise::name);
        }
        return Optional.empty();
    }

    /** The role whose group this is, if any. */
    public static Optional<Role> roleOf(String groupId) {
        for (Role role : Role.values()) {
            if (role.engineGroupId().equals(groupId)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private List<Enterprise> enterprisesOf(UserAccount account) {
        List<Enterprise> result = new ArrayList<>();
        if (account.enterpriseId() != null) {
            organizations.enterprise(account.enterpriseId()).ifPresent(result::add);
        } else if (account.groupId() != null) {
            result.addAll(organizations.subsidiaries(account.groupId()));
        }
        return result;
    }
}
