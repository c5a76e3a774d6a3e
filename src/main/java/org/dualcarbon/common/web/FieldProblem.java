package org.dualcarbon.common.web;

/** One problem with one input field: the field's name, what is wrong, and the row where a table is involved. */
public record FieldProblem(String field, String reason, Integer row) {

    public FieldProblem(String field, String reason) {
        this(field, reason, null);
    }
}
