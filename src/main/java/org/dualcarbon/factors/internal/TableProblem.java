package org.dualcarbon.factors.internal;

/** One problem of an uploaded or shipped factor table: where it is and why it is refused. */
public record TableProblem(String sheet, int row, String column, String reason) {

    @Override
    public String toString() {
        return sheet + " row " + row + (column == null ? "" : " column " + column) + ": " + reason;
    }
}
