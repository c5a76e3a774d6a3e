package org.dualcarbon.documents;

import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.documents.internal.DocumentRenderer;
import org.dualcarbon.documents.internal.RegionalSummaryComposer;
import org.dualcarbon.organization.Region;
import org.dualcarbon.organization.RegionService;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The regional summary report (地区碳排放汇总报告) as .docx or PDF for government officials: the inventory of a
 * division in their jurisdiction (default: their own division) for a year, compared with the year before.
 */
@Service
public class RegionalSummaries {

    private final RegionalSummaryComposer composer;
    private final DocumentRenderer renderer;
    private final RegionService regions;

    public RegionalSummaries(RegionalSummaryComposer composer, DocumentRenderer renderer, RegionService regions) {
        this.composer = composer;
        this.renderer = renderer;
        this.regions = regions;
    }

    /** 403 for anyone but an official; 404 for a division outside the official's jurisdiction. */
    public GeneratedDocument summary(int year, String regionCode, DocumentFormat format, CurrentUser me) {
        if (me.role() != Role.GOV_OFFICIAL) {
            throw new AccessDeniedException("the regional summary is for government officials");
        }
        String code = regionCode != null && !regionCode.isBlank() ? regionCode : me.account().regionCode();
        Region region = code == null ? null : regions.find(code).filter(r -> me.scope().covers(r.path()))
                .orElseThrow(() -> new NotFoundException("region", code));
        return renderer.render(composer.compose(year, region), format);
    }
}
