package org.dualcarbon.factors.internal;

import org.dualcarbon.common.web.InvalidInputException;
import org.dualcarbon.common.web.NotFoundException;
import org.dualcarbon.factors.FactorLibraries;
import org.dualcarbon.factors.FactorLibraryLifecycle;
import org.dualcarbon.factors.FactorLibraryVersion;
import org.dualcarbon.factors.FactorParameter;
import org.dualcarbon.factors.FactorTable;
import org.dualcarbon.security.CurrentUser;
import org.dualcarbon.security.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The in-page table editor (因子表在线编辑): a rule author edits a version's Library fields and factor rows in the
 * page instead of the Excel round trip. The result is written as a decision table and submitted like an upload —
 * a new version, checked cell by cell and sent for review — or shown again with each problem at its row and column.
 */
@Controller
@RequestMapping("/factors")
class FactorTableEditor {

    private final FactorLibraries libraries;
    private final FactorLibraryLifecycle lifecycle;

    FactorTableEditor(FactorLibraries libraries, FactorLibraryLifecycle lifecycle) {
        this.libraries = libraries;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/{code}/{version}/edit")
    String editor(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, @PathVariable String version,
                  Model model) {
        me.require(Permission.RULE_EDIT);
        FactorTable stored = FactorTableReader.read(libraries.content(code, version));
        return page(model, code, version, EditorForm.asNewVersion(stored), "", EditorProblems.none());
    }

    /** A new version from the edited fields: refused whole with every problem (nothing stored), or sent for review. */
    @PostMapping("/{code}/edit")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable String code,
                  @RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "") String baseVersion, Model model, RedirectAttributes redirect) {
        me.require(Permission.RULE_EDIT);
        if (libraries.versions().stream().noneMatch(v -> v.code().equals(code))) {
            throw new NotFoundException("factor library", code);
        }
        FactorTable draft = EditorForm.table(code, form);
        EditorProblems problems;
        try {
            byte[] csv = DecisionTableWriter.write(draft);
            FactorLibraryVersion submitted = lifecycle.submit(code + "-" + draft.version() + ".drl.csv", csv, reason,
                    me.getUsername());
            redirect.addFlashAttribute("submitted", submitted.key());
            return "redirect:/factors";
        } catch (FactorTableException e) {
            problems = EditorProblems.of(e, draft.rows().size());
        } catch (InvalidInputException e) {
            problems = EditorProblems.of(e);
        }
        return page(model, code, baseVersion, draft, reason, problems);
    }

    private static String page(Model model, String code, String baseVersion, FactorTable draft, String reason,
                               EditorProblems problems) {
        model.addAttribute("code", code);
        model.addAttribute("baseVersion", baseVersion);
        model.addAttribute("draft", draft);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("parameters", FactorParameter.values());
        model.addAttribute("rowStatuses", FactorTableFormat.ROW_STATUSES);
        model.addAttribute("libraryStatuses", FactorTableFormat.LIBRARY_STATUSES);
        model.addAttribute("factorFields", FactorTableFormat.FACTOR_FIELDS);
        return "factors/edit";
    }
}
