package org.dualcarbon.security.internal;

import org.dualcarbon.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user into every page model as {@code me}, for the layout's navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserModel {

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal CurrentUser user) {
        return user;
    }
}
