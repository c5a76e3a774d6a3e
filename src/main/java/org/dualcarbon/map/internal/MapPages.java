package org.dualcarbon.map.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.map.DivisionMap;
import org.dualcarbon.map.DivisionMapView;
import org.dualcarbon.map.DivisionMapViews;
import org.dualcarbon.map.EmissionMap;
import org.dualcarbon.map.MapMetric;
import org.dualcarbon.map.RegionNotFoundException;
import org.dualcarbon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The emissions map page: the divisions below a region coloured by the chosen metric, a click drills down, the trail
 * leads back up; the same figures as a table below (and alone where no boundary file exists); a district lists its
 * parks and enterprises. Bad input is a message on the page with the status it answers with.
 */
@PreAuthorize("hasAuthority('ACTIVITY_READ')")
@Controller
class MapPages {

    private final EmissionMap map;
    private final DivisionMapViews views;

    MapPages(EmissionMap map, DivisionMapViews views) {
        this.map = map;
        this.views = views;
    }

    static int defaultYear() {
        return Year.now().getValue() - 1;
    }

    @GetMapping("/analysis/map")
    String page(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                @RequestParam(required = false) String year, @RequestParam(required = false) String metric,
                Model model, HttpServletResponse response) {
        String code = region == null || region.isBlank() ? me.account().regionCode() : region.trim();
        model.addAttribute("region", code == null ? "" : code);
        model.addAttribute("years", IntStream.rangeClosed(0, 10).map(i -> defaultYear() + 1 - i).boxed().toList());
        model.addAttribute("metrics", List.of(MapMetric.values()));
        model.addAttribute("year", defaultYear());
        model.addAttribute("metric", MapMetric.TOTAL);
        try {
            int y = parseYear(year);
            MapMetric m = MapMetric.parse(metric, "metric");
            model.addAttribute("year", y);
            model.addAttribute("metric", m);
            if (code == null) {
                model.addAttribute("message", "请选择行政区划 / choose a region");
                return "map/map";
            }
            DivisionMap view = map.of(code, y, m);
            model.addAttribute("view", view);
            show(view, model);
        } catch (RegionNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", e.explanation());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("message", e.problems().get(0).field() + ": " + e.problems().get(0).reason());
        }
        return "map/map";
    }

    private void show(DivisionMap view, Model model) {
        DivisionMapView drawn = views.view(view, null, false);
        model.addAttribute("chart", drawn.chart());
        model.addAttribute("mapData", drawn.mapData());
        model.addAttribute("mapLabel", drawn.label());
        model.addAttribute("simplified", drawn.simplified());
        model.addAttribute("boundaryError", drawn.boundaryError());
        model.addAttribute("boundaryNote", drawn.boundaryNote());
    }

    private static int parseYear(String year) {
        if (year == null || year.isBlank()) {
            return defaultYear();
        }
        if (!year.trim().matches("\\d{4}")) {
            throw new InvalidInputException("year", "年份须为四位数字 / year must be four digits");
        }
        return Integer.parseInt(year.trim());
    }
}
