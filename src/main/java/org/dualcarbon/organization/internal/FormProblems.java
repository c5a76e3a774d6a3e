package org.dualcarbon.organization.internal;

import java.util.List;
import org.dualcarbon.common.web.FieldProblem;
import org.springframework.validation.BindingResult;

/** Turns binding and bean-validation errors of a page form into the field problems pages show. */
final class FormProblems {

    private FormProblems() {
    }

    static List<FieldProblem> of(BindingResult binding) {
        return binding.getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.isBindingFailure()
                        ? "格式不正确 / not a valid value: " + e.getRejectedValue() : e.getDefaultMessage()))
                .toList();
    }
}
