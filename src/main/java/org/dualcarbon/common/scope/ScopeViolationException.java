package org.dualcarbon.common.scope;

/** A write would put a row outside the caller's scope, or a statement cannot be scoped safely. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class ScopeViolationException extends RuntimeException {

    public ScopeViolationException(String message) {
        super(message);
    }
}
