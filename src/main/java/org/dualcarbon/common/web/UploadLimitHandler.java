package org.dualcarbon.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * An upload over spring.servlet.multipart.max-file-size is refused before any controller runs; this answers it with
 * a clear 400 — a problem document for the API, a page with a way back for a browser — instead of a stack trace.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    static final String MESSAGE = "文件超过 10 MB 上限，未保存任何内容。请删除多余内容后重新上传 / the file exceeds the 10 MB limit";

    private static final Logger log = LoggerFactory.getLogger(UploadLimitHandler.class);

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
        log.info("upload refused: over the size limit on {} ({})", request.getRequestURI(), e.getMessage());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, MESSAGE);
            problem.setType(URI.create("urn:dualcarbon:problem:upload-too-large"));
            problem.setTitle("Upload too large");
            MappingJackson2JsonView json = new MappingJackson2JsonView();
            json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.setExtractValueFromSingleKeyModel(true);
            return new ModelAndView(json, "problem", problem);
        }
        String uri = request.getRequestURI();
        ModelAndView page = new ModelAndView("common/upload-refused");
        page.addObject("message", MESSAGE);
        page.addObject("back", uri.contains("/") && uri.lastIndexOf('/') > 0 ? uri.substring(0, uri.lastIndexOf('/')) : "/");
        return page;
    }
}
