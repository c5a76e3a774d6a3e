package org.dualcarbon.analysis;

/**
 * Tapio's eight decoupling states (Tapio 2005, Transport Policy 12:137–151; domain.md §6.1, thresholds marked
 * unverified there), with their Chinese names. {@link #UNDEFINED} when GDP did not change: the elasticity has no value.
 */
public enum DecouplingState {
    STRONG_DECOUPLING("强脱钩", "strong decoupling"),
    WEAK_DECOUPLING("弱脱钩", "weak decoupling"),
    EXPANSIVE_COUPLING("扩张连接", "expansive coupling"),
    EXPANSIVE_NEGATIVE_DECOUPLING("扩张负脱钩", "expansive negative decoupling"),
    RECESSIVE_DECOUPLING("衰退脱钩", "recessive decoupling"),
    RECESSIVE_COUPLING("衰退连接", "recessive coupling"),
    WEAK_NEGATIVE_DECOUPLING("弱负脱钩", "weak negative decoupling"),
    STRONG_NEGATIVE_DECOUPLING("强负脱钩", "strong negative decoupling"),
    UNDEFINED("无法判定", "undefined: GDP did not change");

    private final String chinese;
    private final String english;

    DecouplingState(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
