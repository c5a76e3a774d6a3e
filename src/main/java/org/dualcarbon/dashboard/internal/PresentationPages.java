package org.dualcarbon.dashboard.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.List;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.organization.Region;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two presentations beside the PC pages (which are also the phone pages): {@code /screen}, the 展示大屏 — full
 * screen, dark, its views cycling every {@code interval} seconds — and {@code /touch}, the 互动屏 — large touch targets,
 * a tap on a division drills down. Both show a division in the caller's scope; bad input is a message with its status.
 */
@PreAuthorize("hasAuthority('ACTIVITY_READ')")
@Controller
class PresentationPages {

    /** The 大屏's views in the order they cycle. */
    static final List<String> SCREEN_VIEWS = List.of("overview", "trend", "ranking");
    static final int DEFAULT_INTERVAL = 15;

    private final RegionOverviews overviews;

    PresentationPages(RegionOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/screen")
    String screen(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                  @RequestParam(required = false) String year, @RequestParam(required = false) String interval, Model model,
                  HttpServletResponse response) {
        model.addAttribute("views", SCREEN_VIEWS);
        model.addAttribute("interval", DEFAULT_INTERVAL);
        return fill(me, region, year, model, response, "dashboard/screen", () -> {
            int seconds = parse(interval, "interval", DEFAULT_INTERVAL);
            if (seconds < 5 || seconds > 300) {
                throw new InvalidInputException("interval", "轮播间隔须在5–300秒之间 / interval between 5 and 300 seconds");
            }
            model.addAttribute("interval", seconds);
        }, "/screen?region={code}");
    }

    @GetMapping("/touch")
    String touch(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String year, Model model, HttpServletResponse response) {
        return fill(me, region, year, model, response, "dashboard/touch", () -> { }, "/touch?region={code}");
    }

    private String fill(CurrentUser me, String region, String year, Model model, HttpServletResponse response,
                        String view, Runnable extraChecks, String link) {
        try {
            extraChecks.run();
            if ((region == null || region.isBlank()) && me.account().regionCode() == null) {
                model.addAttribute("message", "请选择行政区划（region=行政区划代码） / choose a division");
                return view;
            }
            Region selected = overviews.region(region, me.account().regionCode());
            int y = year == null || year.isBlank() ? overviews.latestYear(selected, Year.now().getValue())
                    : parse(year, "year", 0);
            model.addAttribute("o", overviews.overview(selected, y, link + "&year=" + y, view.endsWith("screen")));
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", "行政区划不存在或不在您的管辖范围内 / unknown division or outside your scope: " + region);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("message", e.problems().get(0).field() + ": " + e.problems().get(0).reason());
        }
        return view;
    }

    private static int parse(String text, String field, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        if (!text.trim().matches("\\d{1,4}")) {
            throw new InvalidInputException(field, "须为整数 / must be a whole number");
        }
        return Integer.parseInt(text.trim());
    }
}
