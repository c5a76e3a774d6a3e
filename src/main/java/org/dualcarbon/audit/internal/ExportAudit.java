package org.dualcarbon.audit.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.dualcarbon.audit.AuditLog;
import org.dualcarbon.audit.AuditOutcome;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Exports into the audit log: every list download served as {@code ?format=xlsx|csv} (TableExport's attachments),
 * recorded where it is served — after the response, with the list's path and filters as the object.
 */
@Component
class ExportAudit extends OncePerRequestFilter {

    private final AuditLog audit;

    ExportAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String format = request.getParameter("format");
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (("xlsx".equalsIgnoreCase(format) || "csv".equalsIgnoreCase(format)) && disposition != null
                && disposition.startsWith("attachment")) {
            String list = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            audit.record("EXPORT", "LIST", list, response.getStatus() < 400 ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                    format.toLowerCase(java.util.Locale.ROOT));
        }
    }
}
