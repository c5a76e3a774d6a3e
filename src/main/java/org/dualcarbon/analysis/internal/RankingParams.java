package org.dualcarbon.analysis.internal;

import org.dualcarbon.analysis.EmissionRankings;
import org.dualcarbon.analysis.RankingKey;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.common.web.InvalidInputException;

/** The query parameters of the rankings page and API, checked at the edge (400 naming the parameter). */
record RankingParams(Integer year, String region, String industry, String energyType, String sort, String dir,
                     String dimension) {

    EmissionRankings.Query query(int defaultYear) {
        int y = year == null ? defaultYear : year;
        if (y < 1990 || y > 2100) {
            throw new InvalidInputException("year", "年份须在1990–2100之间 / year out of range");
        }
        return new EmissionRankings.Query(y, region, industry, energyType, RankingKey.parse(sort, "sort"), descending());
    }

    boolean descending() {
        if (dir == null || dir.isBlank() || "desc".equalsIgnoreCase(dir.trim())) {
            return true;
        }
        if ("asc".equalsIgnoreCase(dir.trim())) {
            return false;
        }
        throw new InvalidInputException("dir", "排序方向须为 asc 或 desc / dir must be asc or desc");
    }

    static String format(String format) {
        return TableExport.format(format);
    }
}
