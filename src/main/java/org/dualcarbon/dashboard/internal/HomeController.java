package org.dualcarbon.dashboard.internal;

import org.dualcarbon.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /}: each role's own home page. */
@Controller
class HomeController {

    private final RegionHome regionHome;
    private final EnterpriseHome enterpriseHome;
    private final PlatformHome platformHome;

    HomeController(RegionHome regionHome, EnterpriseHome enterpriseHome, PlatformHome platformHome) {
        this.regionHome = regionHome;
        this.enterpriseHome = enterpriseHome;
        this.platformHome = platformHome;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                @RequestParam(required = false) Integer year, Model model) {
        return switch (me.role()) {
            case GOV_OFFICIAL, PARK_MANAGER, AUDITOR -> regionHome.fill(me, region, year, model);
            case ENTERPRISE_FILLER, ENTERPRISE_MANAGER -> enterpriseHome.fill(me, year, model);
            case VERIFIER -> platformHome.verifier(me, model);
            case RULE_AUTHOR -> platformHome.ruleAuthor(me, model);
            case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> platformHome.administrator(me, model);
        };
    }
}
