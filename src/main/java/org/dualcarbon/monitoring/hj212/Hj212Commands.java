package org.dualcarbon.monitoring.hj212;

/**
 * Command codes, the CN field (命令编码). Sources: 1062 {@code [verified: example]}, 2011/2051/2061/2031 and
 * 9011/9012 {@code [secondary: public parsers]} (domain.md §8.1); 9013/9014 are not in domain.md and come from a public
 * codec's command table, {@code [secondary: srdgame/lua-HJ212 hj212/types.lua]}.
 */
public final class Hj212Commands {

    /** 1062 设置实时数据间隔: set the real-time data interval (CP {@code RtdInterval}, seconds). */
    public static final String SET_REAL_TIME_INTERVAL = "1062";
    /** 2011 实时数据: real-time data (Rtd). */
    public static final String REAL_TIME_DATA = "2011";
    /** 2031 日数据: daily data. */
    public static final String DAILY_DATA = "2031";
    /** 2051 分钟数据: minute data. */
    public static final String MINUTE_DATA = "2051";
    /** 2061 小时数据: hourly data. */
    public static final String HOURLY_DATA = "2061";
    /** 9011 请求应答: the receiver of a request says whether it will carry it out (CP {@code QnRtn}). */
    public static final String REQUEST_REPLY = "9011";
    /** 9012 执行结果: the result of carrying out a request (CP {@code ExeRtn}). */
    public static final String EXECUTION_RESULT = "9012";
    /** 9013 通知应答: acknowledges a notification. */
    public static final String NOTIFICATION_REPLY = "9013";
    /** 9014 数据应答: acknowledges an upload whose Flag asked for it. */
    public static final String DATA_RESPONSE = "9014";

    private Hj212Commands() {
    }
}
