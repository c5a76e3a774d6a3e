package org.dualcarbon.security;

import java.util.ArrayList;
import java.util.List;
import org.dualcarbon.common.web.FieldProblem;

/**
 * The password and session policy in force (GB/T 22239-2019 §8.1.4.1 a, b): minimum length and character classes,
 * how many earlier passwords may not be reused, failures before a lockout and its length, idle timeout. The floors below
 * which the security administrator cannot go are the level-3 practice of security.md §1.1 (≥ 8 characters of ≥ 3 classes,
 * history ≥ 5, 3–10 failures, ≥ 10 minutes' lock, idle ≤ 30 minutes).
 */
public record SecurityPolicy(int version, int minLength, int charClasses, int historyCount, int maxFailures, int lockMinutes,
                             int idleMinutes, String changedBy, String reason) {

    /** Every value outside its bounds, by field. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "minLength", minLength, 8, 64, "密码最短长度 / minimum length");
        check(problems, "charClasses", charClasses, 3, 4, "字符类别数 / character classes");
        check(problems, "historyCount", historyCount, 5, 24, "不得重复的历史密码数 / password history");
        check(problems, "maxFailures", maxFailures, 3, 10, "锁定前的失败次数 / failures before lockout");
        check(problems, "lockMinutes", lockMinutes, 10, 1440, "锁定时长（分钟） / lockout minutes");
        check(problems, "idleMinutes", idleMinutes, 5, 30, "空闲超时（分钟） / idle timeout minutes");
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            problems.add(new FieldProblem("reason", "请写明修改理由（1–500字） / give the reason (1–500 characters)"));
        }
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, int value, int min, int max, String what) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, what + "须在 " + min + "–" + max + " 之间 / must be within " + min + "–" + max));
        }
    }
}
