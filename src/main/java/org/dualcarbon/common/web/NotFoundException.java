package org.dualcarbon.common.web;

/**
 * The object does not exist or lies outside the caller's scope. Both answer 404, so that a caller cannot
 * learn whether another organisation's object exists.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
