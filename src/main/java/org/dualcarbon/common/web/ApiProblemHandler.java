package org.dualcarbon.common.web;

import java.net.URI;
import java.util.List;
import org.dualcarbon.common.excel.WorkbookRejectedException;
import org.dualcarbon.common.scope.ScopeViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the REST API as RFC 9457 problem documents ({@code application/problem+json}). Validation
 * problems list every field with its reason under {@code errors}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return validationProblem(e.problems());
    }

    /** A refused workbook: every problem with its sheet, row and column letter under {@code errors}. */
    @ExceptionHandler(WorkbookRejectedException.class)
    ProblemDetail workbookRejected(WorkbookRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "文件未导入，未保存任何内容 / the workbook "
                + "was not imported: " + e.problems().stream().map(p -> p.where() + " — " + p.reason())
                .reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setType(URI.create("urn:dualcarbon:problem:workbook-rejected"));
        problem.setTitle("Workbook rejected");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail beanValidation(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return validationProblem(problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "请求体不是有效的JSON或字段类型不符 / the request body is not valid JSON or a field has the wrong type");
        problem.setType(URI.create("urn:dualcarbon:problem:unreadable-body"));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(new FieldProblem(e.getName(), "类型不符 / wrong type")));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "未找到 / not found");
        problem.setType(URI.create("urn:dualcarbon:problem:not-found"));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "无权执行此操作 / not permitted");
        problem.setType(URI.create("urn:dualcarbon:problem:forbidden"));
        return problem;
    }

    @ExceptionHandler(ScopeViolationException.class)
    ProblemDetail outOfScope(ScopeViolationException e) {
        log.warn("scope violation refused: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "超出数据权限范围 / outside your data scope");
        problem.setType(URI.create("urn:dualcarbon:problem:out-of-scope"));
        return problem;
    }

    static ProblemDetail validationProblem(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "输入有误 / invalid input: " + problems.stream().map(p -> p.field() + " — " + p.reason())
                        .reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setType(URI.create("urn:dualcarbon:problem:invalid-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", problems);
        return problem;
    }
}
