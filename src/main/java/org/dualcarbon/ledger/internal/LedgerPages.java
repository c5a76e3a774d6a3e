package org.dualcarbon.ledger.internal;

import java.security.Principal;
import org.dualcarbon.ledger.Ledger;
import org.dualcarbon.ledger.LedgerVerifier;
import org.dualcarbon.ledger.TreeHeads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The auditors' verification page: the ledger's size, the latest signed tree head and key, and a verify button. */
@Controller
@RequestMapping("/ledger/verify")
@PreAuthorize("hasAuthority('LEDGER_VERIFY')")
class LedgerPages {

    private final Ledger ledger;
    private final TreeHeads heads;
    private final LedgerVerifier verifier;

    LedgerPages(Ledger ledger, TreeHeads heads, LedgerVerifier verifier) {
        this.ledger = ledger;
        this.heads = heads;
        this.verifier = verifier;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("size", ledger.size());
        model.addAttribute("head", heads.latest().orElse(null));
        model.addAttribute("keyId", heads.keyId());
        model.addAttribute("publicKey", heads.publicKeyPem());
        return "ledger/verify";
    }

    @PostMapping
    String verify(Principal caller, Model model) {
        model.addAttribute("result", verifier.verify(caller.getName()));
        return page(model);
    }
}
