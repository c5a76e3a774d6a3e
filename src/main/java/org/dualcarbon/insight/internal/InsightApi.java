package org.dualcarbon.insight.internal;

import org.dualcarbon.common.excel.ExportTable;
import org.dualcarbon.common.excel.TableExport;
import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.insight.BenchmarkReport;
import org.dualcarbon.insight.Benchmarking;
import org.dualcarbon.insight.EfficiencyEvaluation;
import org.dualcarbon.insight.Finding;
import org.dualcarbon.insight.SubjectScore;
import org.dualcarbon.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/analysis/efficiency?region=&year= (and ?format=xlsx|csv: the scores and the watch list as a table) and
 * GET /api/analysis/benchmarking?enterprise=&year=. Outside the scope 404, bad input 400 naming the field.
 */
@RestController
@RequestMapping("/api/analysis")
class InsightApi {

    private final EfficiencyEvaluation evaluation;
    private final Benchmarking benchmarking;

    InsightApi(EfficiencyEvaluation evaluation, Benchmarking benchmarking) {
        this.evaluation = evaluation;
        this.benchmarking = benchmarking;
    }

    @GetMapping("/efficiency")
    EfficiencyEvaluation.Evaluation efficiency(@AuthenticationPrincipal CurrentUser me,
                                               @RequestParam(required = false) String region,
                                               @RequestParam(required = false) String year) {
        return evaluation.evaluate(region == null || region.isBlank() ? me.account().regionCode() : region, year(year));
    }

    @GetMapping(path = "/efficiency", params = "format")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String region,
                                  @RequestParam(required = false) String year, @RequestParam String format) {
        EfficiencyEvaluation.Evaluation result = efficiency(me, region, year);
        String name = result.year() + "年碳效评价-" + result.region().code();
        ExportTable.Builder table = ExportTable.named(name, "类别", "代码", "名称", "得分", "等级", "重点关注", "触发规则与原因");
        for (SubjectScore s : result.divisions()) {
            row(table, "地区", s);
        }
        for (SubjectScore s : result.enterprises()) {
            row(table, "企业", s);
        }
        return TableExport.download(TableExport.format(format), name, table.build());
    }

    @GetMapping("/benchmarking")
    BenchmarkReport benchmarking(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String enterprise,
                                 @RequestParam(required = false) String year) {
        return benchmarking.report(enterprise(enterprise, me.account().enterpriseId()), year(year));
    }

    private static void row(ExportTable.Builder table, String kind, SubjectScore s) {
        table.row(kind, s.key(), s.name(), s.score(), s.grade(), s.watch() ? "是" : "否",
                String.join("；", s.findings().stream().map(f -> f.rule() + " " + f.reason() + "（" + f.points() + "）").toList()));
    }

    static int year(String year) {
        if (year == null || year.isBlank()) {
            return InsightPages.defaultYear();
        }
        if (!year.trim().matches("\\d{4}")) {
            throw new InvalidInputException("year", "年份须为四位数字 / year must be four digits");
        }
        return Integer.parseInt(year.trim());
    }

    static long enterprise(String enterprise, Long own) {
        if (enterprise == null || enterprise.isBlank()) {
            if (own == null) {
                throw new InvalidInputException("enterprise", "请指定企业编号 / name the enterprise");
            }
            return own;
        }
        if (!enterprise.trim().matches("\\d{1,18}")) {
            throw new InvalidInputException("enterprise", "企业编号须为数字 / the enterprise id is a number");
        }
        return Long.parseLong(enterprise.trim());
    }
}
