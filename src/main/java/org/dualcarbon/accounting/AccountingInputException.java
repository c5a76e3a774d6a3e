package org.dualcarbon.accounting;

/** Accounting input that cannot be accounted: names the line, the field and the reason. Nothing is stored. */
public class AccountingInputException extends RuntimeException {

    private final String lineId;
    private final String field;

    public AccountingInputException(String lineId, String field, String reason) {
        super("line " + lineId + ", " + field + ": " + reason);
        this.lineId = lineId;
        this.field = field;
    }

    public String lineId() {
        return lineId;
    }

    public String field() {
        return field;
    }
}
