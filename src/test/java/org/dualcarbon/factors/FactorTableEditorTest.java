package org.dualcarbon.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.dualcarbon.support.DemoFixture;
import org.dualcarbon.support.HtmlForm;
import org.dualcarbon.support.PlatformTest;
import org.dualcarbon.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rule author edits a shipped table in the page instead of the Excel round trip: the edit becomes a new version
 * waiting for review, or comes back with each problem at the row and column the editor shows and nothing stored.
 * Only rule authors open or submit the editor.
 */
@PlatformTest
class FactorTableEditorTest {

    static final String EDITOR = "table-editor";

    @LocalServerPort
    int port;
    @Autowired
    FactorLibraries libraries;

    private WebSession signedIn(String username) {
        WebSession web = new WebSession(port);
        web.login(username, DemoFixture.PASSWORD);
        return web;
    }

    private static HtmlForm editor(WebSession web, String code, String version) {
        HttpResponse<String> page = web.get("/factors/" + code + "/" + version + "/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        return HtmlForm.in(page.body(), EDITOR);
    }

    private static int rowNamed(HtmlForm form, String name) {
        for (int i = 0; i < form.count("factor.NAME"); i++) {
            if (form.get("factor.NAME", i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void aChangedValueUnderANewVersionWaitsForReview() {
        WebSession author = signedIn("rule.author");
        assertThat(author.get("/factors/ETS-POWER-2021/2021").body()).contains("href=\"/factors/ETS-POWER-2021/2021/edit\"");
        HtmlForm form = editor(author, "ETS-POWER-2021", "2021");
        assertThat(form.count("factor.NAME")).isEqualTo(libraries.rows("ETS-POWER-2021", "2021").size());
        assertThat(form.get("library.version", 0)).as("a new version is typed, not kept").isEmpty();

        // 环办气候函〔2023〕43号: 2022 national grid factor 0.5703 tCO2/MWh, typed here as a corrected 0.5710
        int grid2022 = rowNamed(form, "EF.GRID_ETS.2022");
        assertThat(form.get("factor.value", grid2022)).isEqualTo("0.5703");
        form.set("factor.value", grid2022, "0.5710").set("library.version", "2021-E1").set("reason", "通知原文核对后更正");
        HttpResponse<String> submitted = author.postForm("/factors/ETS-POWER-2021/edit", form.fields());

        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElse("")).endsWith("/factors");
        assertThat(libraries.versions()).filteredOn(v -> v.code().equals("ETS-POWER-2021") && v.version().equals("2021-E1"))
                .singleElement().satisfies(v -> {
                    assertThat(v.reviewState()).isEqualTo("IN_REVIEW");
                    assertThat(v.active()).isFalse();
                    assertThat(v.uploadedBy()).isEqualTo("rule.author");
                });
        assertThat(libraries.active("ETS-POWER-2021").orElseThrow().version()).isEqualTo("2021");
        List<Factor> before = libraries.rows("ETS-POWER-2021", "2021");
        List<Factor> after = libraries.rows("ETS-POWER-2021", "2021-E1");
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Factor old = before.get(i);
            Factor edited = after.get(i);
            assertThat(edited.name()).isEqualTo(old.name());
            assertThat(edited.plainValue()).isEqualTo(old.name().equals("EF.GRID_ETS.2022") ? "0.5710" : old.plainValue());
            assertThat(edited.source()).isEqualTo(old.source());
        }
    }

    @Test
    void aNonNumericValueAndADuplicateNameComeBackAtTheirRowAndColumnAndNothingIsStored() {
        WebSession author = signedIn("rule.author");
        HtmlForm form = editor(author, "MEE-NBS-ELECTRICITY", "2025-12");
        String firstName = form.get("factor.NAME", 0);
        form.set("factor.value", 1, "abc").set("factor.NAME", 2, firstName)
                .set("library.version", "2025-E2").set("reason", "测试：错误应逐格退回");

        HttpResponse<String> refused = author.postForm("/factors/MEE-NBS-ELECTRICITY/edit", form.fields());

        assertThat(refused.statusCode()).isEqualTo(200);
        String page = refused.body();
        assertThat(page).contains("data-testid=\"table-problems\"")
                .containsPattern("data-problem=\"2\\.value\">[^<]*a plain decimal number: abc")
                .containsPattern("data-problem=\"3\\.NAME\">[^<]*duplicate NAME " + firstName.replace(".", "\\."))
                .containsPattern("name=\"factor.value\" value=\"abc\"[^>]*aria-invalid=\"true\"");
        HtmlForm kept = HtmlForm.in(page, EDITOR);
        assertThat(kept.fields()).as("everything typed comes back").isEqualTo(form.fields().stream()
                .map(f -> f.getKey().equals("_csrf") ? Map.entry("_csrf", kept.get("_csrf", 0)) : f).toList());
        assertThat(libraries.versions()).noneMatch(v -> v.version().equals("2025-E2"));
    }

    @Test
    void aDoubleQuoteIsRefusedAtItsCellBeforeAnythingIsWritten() {
        WebSession author = signedIn("rule.author");
        HtmlForm form = editor(author, "MEE-NBS-ELECTRICITY", "2025-12");
        form.set("factor.reference", 0, "附件\"表1\"").set("library.version", "2025-E3").set("reason", "测试");

        HttpResponse<String> refused = author.postForm("/factors/MEE-NBS-ELECTRICITY/edit", form.fields());

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).containsPattern("data-problem=\"1\\.reference\">[^<]*no double quotes or backslashes");
        assertThat(libraries.versions()).noneMatch(v -> v.version().equals("2025-E3"));
    }

    @Test
    void theEditorSpeaksChineseFirstAndEnglishWhenAsked() {
        WebSession author = signedIn("rule.author");
        assertThat(author.get("/factors/IPCC-GWP/AR6-2021/edit").body()).contains("新版本号").contains("添加一行");
        assertThat(author.get("/factors/IPCC-GWP/AR6-2021/edit?lang=en").body()).contains("New version").contains("Add a row");
    }

    @Test
    void onlyRuleAuthorsOpenOrSubmitTheEditor() {
        HtmlForm form = editor(signedIn("rule.author"), "ETS-POWER-2021", "2021");
        form.set("library.version", "2021-E9").set("reason", "无权限用户提交");
        WebSession official = signedIn("gov.province");

        assertThat(official.get("/factors/ETS-POWER-2021/2021").body()).doesNotContain("/edit\"");
        assertThat(official.get("/factors/ETS-POWER-2021/2021/edit").statusCode()).isEqualTo(403);
        String token = official.csrfToken("/factors");
        HttpResponse<String> post = official.postForm("/factors/ETS-POWER-2021/edit", form.fields().stream()
                .map(f -> f.getKey().equals("_csrf") ? Map.entry("_csrf", token) : f).toList());
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(libraries.versions()).noneMatch(v -> v.version().equals("2021-E9"));
    }
}
