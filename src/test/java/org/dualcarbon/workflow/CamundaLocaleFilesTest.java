package org.dualcarbon.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our Simplified Chinese locale for the Camunda 7.24 webapps against the English locale
 * shipped in {@code org.camunda.bpm.webapp:camunda-webapp-webjar}, and checks that our
 * {@code scripts/config.js} overrides offer Chinese first.
 *
 * <p>Plain JUnit (no Spring context). Both files live in the same classpath folder: {@code en.json}
 * only exists in the webjar, {@code zh.json} and the overriding {@code config.js} only in our
 * {@code src/main/resources}, which precedes the webjar on the classpath.
 */
class CamundaLocaleFilesTest {

  private static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";

  /** {{name}}, {{ name }} … as interpolated by angular-translate. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  /** Real HTML markup used in the English labels (not display texts such as "<null>"). */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:a|br|strong|b|i|em|p|span|code|ul|ol|li|div)\\b[^>]*>");

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  // ---------------------------------------------------------------- zh.json against en.json

  @ParameterizedTest(name = "{0}: zh.json has exactly the keys of the shipped en.json")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLocaleHasExactlyTheKeysOfTheShippedEnglishLocale(String app) throws IOException {
    Set<String> english = leaves(englishLocale(app)).keySet();
    Set<String> chinese = leaves(chineseLocale(app)).keySet();

    assertThat(english).as("%s en.json from the webjar is not empty", app).hasSizeGreaterThan(100);
    assertThat(difference(english, chinese))
        .as("%s: keys of en.json missing from our zh.json", app)
        .isEmpty();
    assertThat(difference(chinese, english))
        .as("%s: keys in our zh.json that en.json does not have", app)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}: zh.json has the same JSON structure and value types as en.json")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLocaleHasTheStructureOfTheEnglishLocale(String app) throws IOException {
    Map<String, JsonNode> english = leaves(englishLocale(app));
    Map<String, JsonNode> chinese = leaves(chineseLocale(app));

    english.forEach(
        (path, en) -> {
          JsonNode zh = chinese.get(path);
          if (zh != null) {
            assertThat(zh.getNodeType())
                .as("%s %s: JSON type of the Chinese value", app, path)
                .isEqualTo(en.getNodeType());
            if (en.isNumber()) {
              assertThat(zh.asText()).as("%s %s: numeric setting", app, path).isEqualTo(en.asText());
            }
          }
        });
  }

  @ParameterizedTest(name = "{0}: no empty value in zh.json")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLocaleHasNoEmptyValues(String app) throws IOException {
    List<String> blank = new ArrayList<>();
    leaves(chineseLocale(app))
        .forEach(
            (path, value) -> {
              if (value.isTextual() && value.asText().isBlank()) {
                blank.add(path);
              }
            });

    assertThat(blank).as("%s: zh.json entries with an empty or blank value", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}: every placeholder of en.json is kept in zh.json")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseValuesKeepEveryPlaceholderOfTheEnglishValue(String app) throws IOException {
    Map<String, JsonNode> chinese = leaves(chineseLocale(app));
    List<String> problems = new ArrayList<>();
    int checked = 0;

    for (Map.Entry<String, JsonNode> entry : leaves(englishLocale(app)).entrySet()) {
      String zh = textOf(chinese.get(entry.getKey()));
      for (String placeholder : matches(PLACEHOLDER, entry.getValue().asText())) {
        checked++;
        if (!zh.contains(placeholder)) {
          problems.add(entry.getKey() + " lacks " + placeholder + " in \"" + zh + "\"");
        }
      }
    }

    assertThat(problems).as("%s: placeholders lost in translation", app).isEmpty();
    assertThat(checked).as("%s: en.json uses placeholders at all", app).isPositive();
  }

  @ParameterizedTest(name = "{0}: HTML markup of en.json is kept unchanged in zh.json")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseValuesKeepTheHtmlMarkupOfTheEnglishValue(String app) throws IOException {
    Map<String, JsonNode> chinese = leaves(chineseLocale(app));
    List<String> problems = new ArrayList<>();

    leaves(englishLocale(app))
        .forEach(
            (path, en) -> {
              List<String> englishTags = matches(HTML_TAG, en.asText());
              List<String> chineseTags = matches(HTML_TAG, textOf(chinese.get(path)));
              if (!englishTags.equals(chineseTags)) {
                problems.add(path + ": " + englishTags + " became " + chineseTags);
              }
            });

    assertThat(problems).as("%s: HTML tags changed in translation", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}: zh.json labels are actually written in Chinese")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLabelsAreWrittenInChinese(String app) throws IOException {
    JsonNode labels = chineseLocale(app).get("labels");
    List<String> withoutHan = new ArrayList<>();
    labels.forEach(
        value -> {
          if (!HAN.matcher(value.asText()).find()) {
            withoutHan.add(value.asText());
          }
        });

    // a few labels are legitimately not Chinese: "Camunda", "ID", "CSV", "<=", "null" …
    assertThat(withoutHan.size())
        .as("%s: labels without any Chinese character: %s", app, withoutHan)
        .isLessThanOrEqualTo(labels.size() / 20);
  }

  @ParameterizedTest(name = "{0}: the Chinese date locale names months and weekdays in Chinese")
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void chineseDateLocaleIsChinese(String app) throws IOException {
    JsonNode dates = chineseLocale(app).get("dateLocales");

    assertThat(dates).as("%s: zh.json has dateLocales like en.json", app).isNotNull();
    assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
    assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("星期一");
  }

  // ---------------------------------------------------------------- config.js

  @ParameterizedTest(name = "{0}: our config.js offers zh first, then en, falling back to en")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOffersChineseFirstThenEnglish(String app) throws IOException {
    String config = activeConfig(app);

    assertThat(availableLocales(config))
        .as("%s config.js availableLocales", app)
        .containsExactly("zh", "en");
    assertThat(fallbackLocale(config)).as("%s config.js fallbackLocale", app).isEqualTo("zh");
  }

  @ParameterizedTest(name = "{0}: our config.js shadows the webjar's config.js on the classpath")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void ourConfigShadowsTheWebjarConfig(String app) throws IOException {
    List<URL> configs =
        Collections.list(classLoader().getResources(WEBJAR_APP + app + "/scripts/config.js"));

    assertThat(configs).as("%s config.js: ours and the webjar's", app).hasSize(2);
    assertThat(configs.get(0).getProtocol())
        .as("%s: the config.js found first is our file, not the one in the jar", app)
        .isEqualTo("file");
    assertThat(configs.get(1).getProtocol()).isEqualTo("jar");
    assertThat(availableLocales(read(configs.get(1))))
        .as("%s: the webjar's config.js does not enable locales itself", app)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}: a zh-CN browser gets Chinese, an English one English, others Chinese")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void browserLanguageSelectsTheExpectedLocale(String app) throws IOException {
    String config = activeConfig(app);
    List<String> available = availableLocales(config);
    String fallback = fallbackLocale(config);

    assertThat(camundaPreferredLanguage("zh-CN", available, fallback)).isEqualTo("zh");
    assertThat(camundaPreferredLanguage("zh", available, fallback)).isEqualTo("zh");
    assertThat(camundaPreferredLanguage("en-US", available, fallback)).isEqualTo("en");
    assertThat(camundaPreferredLanguage("de-DE", available, fallback)).isEqualTo("zh");
    // the language file each selection loads exists
    assertThat(classLoader().getResource(WEBJAR_APP + app + "/locales/zh.json")).isNotNull();
    assertThat(classLoader().getResource(WEBJAR_APP + app + "/locales/en.json")).isNotNull();
  }

  /**
   * Mirrors the {@code determinePreferredLanguage} callback of the Camunda 7.24 webapps: the first
   * browser language, up to the first '-', lower-cased; used when listed in availableLocales,
   * otherwise fallbackLocale.
   */
  private static String camundaPreferredLanguage(
      String browserLanguage, List<String> available, String fallback) {
    String primary = browserLanguage.split("-")[0].toLowerCase(java.util.Locale.ROOT);
    return available.contains(primary) ? primary : fallback;
  }

  // ---------------------------------------------------------------- helpers

  private static ClassLoader classLoader() {
    return CamundaLocaleFilesTest.class.getClassLoader();
  }

  private static JsonNode englishLocale(String app) throws IOException {
    URL url = classLoader().getResource(WEBJAR_APP + app + "/locales/en.json");
    assertThat(url).as("%s en.json on the test classpath", app).isNotNull();
    assertThat(url.getProtocol()).as("%s en.json comes from the webjar", app).isEqualTo("jar");
    return readJson(url);
  }

  private static JsonNode chineseLocale(String app) throws IOException {
    URL url = classLoader().getResource(WEBJAR_APP + app + "/locales/zh.json");
    assertThat(url).as("%s zh.json on the test classpath", app).isNotNull();
    assertThat(url.getProtocol()).as("%s zh.json is our file", app).isEqualTo("file");
    return readJson(url);
  }

  /** The config.js the webapp gets: the first one on the classpath. */
  private static String activeConfig(String app) throws IOException {
    URL url = classLoader().getResource(WEBJAR_APP + app + "/scripts/config.js");
    assertThat(url).as("%s config.js on the test classpath", app).isNotNull();
    return read(url);
  }

  private static JsonNode readJson(URL url) throws IOException {
    // Jackson detects the encoding and skips the UTF-8 byte order mark the webjar's files carry
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    }
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Leaf values by path, e.g. {@code labels.CLAIM_TASK} or {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new LinkedHashSet<>(a);
    result.removeAll(b);
    return result;
  }

  private static String textOf(JsonNode node) {
    return node == null ? "" : node.asText();
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> result = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      result.add(m.group());
    }
    return result;
  }

  /** The JavaScript without comments, so that commented-out examples are not read as settings. */
  private static String withoutComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
  }

  private static List<String> availableLocales(String configJs) {
    Matcher m =
        Pattern.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)]")
            .matcher(withoutComments(configJs));
    if (!m.find()) {
      return List.of();
    }
    return Arrays.stream(m.group(1).split(","))
        .map(s -> s.trim().replaceAll("^['\"]|['\"]$", ""))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String fallbackLocale(String configJs) {
    Matcher m =
        Pattern.compile("['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]([^'\"]*)['\"]")
            .matcher(withoutComments(configJs));
    return m.find() ? m.group(1) : null;
  }
}
