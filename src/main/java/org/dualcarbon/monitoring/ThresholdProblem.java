package org.dualcarbon.monitoring;

/**
 * Why a threshold table was refused: the data row (1 = the first row under the header, 0 = the table as a whole), the
 * row's NAME if it has one, the column and the reason in Chinese and English.
 */
public record ThresholdProblem(int row, String name, String field, String reason) {

    /** A problem of the whole table (file type, no rows, does not compile). */
    public static ThresholdProblem ofTable(String reason) {
        return new ThresholdProblem(0, null, null, reason);
    }

    /** "row 3 (RATE.SO2) pollutant: …", or "table — …". */
    @Override
    public String toString() {
        return row == 0 ? "table — " + reason : "row " + row + " (" + name + ") " + field + ": " + reason;
    }
}
