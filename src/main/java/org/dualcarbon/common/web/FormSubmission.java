package org.dualcarbon.common.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * How every page form is handled: binding and bean-validation errors, or the service's own problems, show the
 * form again with each problem beside its field; otherwise the save runs and its redirect is returned.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /**
     * @param binding the form's binding result
     * @param reshow  renders the form again with the given problems; returns the view name
     * @param save    stores the form and returns the redirect view name; may throw {@link InvalidInputException}
     */
    public static String handle(BindingResult binding, Function<List<FieldProblem>, String> reshow, Supplier<String> save) {
        if (binding.hasErrors()) {
            return reshow.apply(problemsOf(binding));
        }
        try {
            return save.get();
        } catch (InvalidInputException e) {
            return reshow.apply(e.problems());
        }
    }

    static List<FieldProblem> problemsOf(BindingResult binding) {
        return binding.getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.isBindingFailure()
                        ? "格式不正确 / not a valid value: " + e.getRejectedValue() : e.getDefaultMessage()))
                .toList();
    }
}
