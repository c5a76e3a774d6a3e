package org.dualcarbon.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.SecondFactor;
import org.dualcarbon.security.Totp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a login for the roles that need it: the code from the authenticator app, or — at the first login —
 * enrolment (the secret as text and as an {@code otpauth://} URI, confirmed by a first code). Success gives a new session
 * id (session fixation) and opens the platform; a wrong code is a failed login and counts towards the lockout.
 */
@Controller
class SecondFactorPages {

    private static final String PENDING = "dc.secondFactor.pending";
    private static final String ISSUER = "双碳平台 DualCarbon";

    private final SecondFactor secondFactor;
    private final LoginLockout lockout;
    private final ApplicationEventPublisher events;

    SecondFactorPages(SecondFactor secondFactor, LoginLockout lockout, ApplicationEventPublisher events) {
        this.secondFactor = secondFactor;
        this.lockout = lockout;
        this.events = events;
    }

    @GetMapping("/login/otp")
    String page(@AuthenticationPrincipal CurrentUser me, HttpSession session, Model model) {
        if (!SecondFactor.requiredFor(me.role()) || me.getUsername().equals(session.getAttribute(SecondFactorGate.VERIFIED))) {
            return "redirect:/";
        }
        if (!secondFactor.enrolled(me.getUsername())) {
            byte[] secret = pending(session);
            model.addAttribute("secret", Totp.base32(secret));
            model.addAttribute("uri", Totp.uri(ISSUER, me.getUsername(), secret));
        }
        return "security/otp";
    }

    @PostMapping("/login/otp")
    String verify(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String code,
                  HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        String username = me.getUsername();
        if (lockout.locked(username)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return "redirect:/login?error";
        }
        boolean accepted;
        if (secondFactor.enrolled(username)) {
            accepted = secondFactor.acceptOnce(username, code.strip());
        } else {
            byte[] secret = pending(session);
            accepted = secondFactor.validFor(secret, code.strip());
            if (accepted) {
                secondFactor.enroll(username, secret);
                secondFactor.acceptOnce(username, code.strip());
                session.removeAttribute(PENDING);
            }
        }
        if (!accepted) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(SecurityContextHolder.getContext().getAuthentication(),
                    new SecondFactorGate.SecondFactorFailedException("wrong second-factor code")));
            model.addAttribute("error", true);
            return page(me, session, model);
        }
        request.changeSessionId();
        request.getSession().setAttribute(SecondFactorGate.VERIFIED, username);
        lockout.secondFactorSucceeded(username);
        return "redirect:/";
    }

    private static byte[] pending(HttpSession session) {
        Object secret = session.getAttribute(PENDING);
        if (secret instanceof String text) {
            return Totp.fromBase32(text);
        }
        byte[] fresh = Totp.newSecret();
        session.setAttribute(PENDING, Totp.base32(fresh));
        return fresh;
    }
}
