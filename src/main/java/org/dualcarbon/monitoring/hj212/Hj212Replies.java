package org.dualcarbon.monitoring.hj212;

import java.util.Map;

/**
 * Builds the answers HJ 212-2017 asks for, echoing the QN, PW and MN of the frame answered, with ST=91 (系统交互) and
 * a Flag of the same version without the ack bit (Flag=4 for version 1, domain.md §8.1 {@code [unverified]}). The
 * platform answers an upload whose Flag A bit is set with {@link #dataResponse}; a device (or the simulator) answers a
 * platform request with {@link #requestReply} and then {@link #executionResult}. Command codes and the numbers of
 * QnRtn/ExeRtn: {@code [secondary: srdgame/lua-HJ212 hj212/types.lua]}, see {@link Hj212Commands}; the names beside
 * the numbers describe them and are not quoted from the standard.
 */
public final class Hj212Replies {

    /** QnRtn, the answer to a request (请求应答结果). */
    public enum QnRtn {
        READY(1, "准备执行请求", "ready to carry out the request"),
        REFUSED(2, "请求被拒绝", "request refused"),
        WRONG_PASSWORD(3, "PW错误", "wrong PW"),
        WRONG_MN(4, "MN错误", "wrong MN"),
        WRONG_ST(5, "ST错误", "wrong ST"),
        WRONG_FLAG(6, "Flag错误", "wrong Flag"),
        WRONG_QN(7, "QN错误", "wrong QN"),
        WRONG_CN(8, "CN错误", "wrong CN"),
        WRONG_CRC(9, "CRC校验错误", "CRC check failed"),
        UNKNOWN_ERROR(100, "未知错误", "unknown error");

        private final int code;
        private final String chineseName;
        private final String englishName;

        QnRtn(int code, String chineseName, String englishName) {
            this.code = code;
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        public int code() {
            return code;
        }

        public String chineseName() {
            return chineseName;
        }

        public String englishName() {
            return englishName;
        }
    }

    /** ExeRtn, the outcome of carrying out a request (执行结果). */
    public enum ExeRtn {
        SUCCESS(1, "执行成功", "carried out"),
        FAILED(2, "执行失败，原因不明", "failed, cause unknown"),
        CONDITION_ERROR(3, "命令请求条件错误", "request conditions wrong"),
        TIMEOUT(4, "通讯超时", "communication timeout"),
        BUSY(5, "系统繁忙不能执行", "system busy"),
        SYSTEM_FAULT(6, "系统故障", "system fault"),
        NO_DATA(100, "没有数据", "no data");

        private final int code;
        private final String chineseName;
        private final String englishName;

        ExeRtn(int code, String chineseName, String englishName) {
            this.code = code;
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        public int code() {
            return code;
        }

        public String chineseName() {
            return chineseName;
        }

        public String englishName() {
            return englishName;
        }
    }

    private Hj212Replies() {
    }

    /** 9014 数据应答 to an upload, {@code CP=&&&&}. */
    public static Hj212Frame dataResponse(Hj212Frame upload) {
        return reply(upload, Hj212Commands.DATA_RESPONSE, Hj212Cp.EMPTY);
    }

    /** 9011 请求应答 to a request, {@code CP=&&QnRtn=n&&}. */
    public static Hj212Frame requestReply(Hj212Frame request, QnRtn result) {
        return reply(request, Hj212Commands.REQUEST_REPLY, parameter("QnRtn", result.code()));
    }

    /** 9012 执行结果 of a request, {@code CP=&&ExeRtn=n&&}. */
    public static Hj212Frame executionResult(Hj212Frame request, ExeRtn result) {
        return reply(request, Hj212Commands.EXECUTION_RESULT, parameter("ExeRtn", result.code()));
    }

    private static Hj212Frame reply(Hj212Frame to, String cn, Hj212Cp cp) {
        return Hj212Frame.builder().qn(to.qn()).st(Hj212Systems.SYSTEM_INTERACTION).cn(cn).pw(to.pw()).mn(to.mn())
                .flag(Hj212Flag.of(to.flag().version(), false, false)).cp(cp).build();
    }

    private static Hj212Cp parameter(String key, int value) {
        return new Hj212Cp(null, Map.of(key, Integer.toString(value)), Map.of());
    }
}
