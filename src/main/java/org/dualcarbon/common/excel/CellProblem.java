package org.dualcarbon.common.excel;

/**
 * One problem of an uploaded workbook, where a person finds it in Excel: the sheet, the 1-based row and the column
 * letter (A1 style), and why it is refused, in Chinese. Row and column are null for a problem of a whole sheet or file.
 */
public record CellProblem(String sheet, Integer row, String column, String reason) {

    /** A problem of the whole file (not Excel, too large, malicious). */
    public static CellProblem ofFile(String reason) {
        return new CellProblem(null, null, null, reason);
    }

    /** A problem of one cell, by its 0-based indexes as POI counts them. */
    public static CellProblem ofCell(String sheet, int rowIndex, int columnIndex, String reason) {
        return new CellProblem(sheet, rowIndex + 1, columnLetter(columnIndex), reason);
    }

    /** The cell as Excel names it, e.g. {@code 月度数据!D7}; the sheet alone for a sheet-wide problem. */
    public String where() {
        if (sheet == null) {
            return "文件";
        }
        return row == null ? sheet : sheet + "!" + (column == null ? "" : column) + row;
    }

    /** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
    public static String columnLetter(int columnIndex) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(columnIndex);
    }
}
