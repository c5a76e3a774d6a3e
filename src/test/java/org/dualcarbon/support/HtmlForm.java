package org.dualcarbon.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a browser would submit from one form of one of our pages, in page order: named inputs (checkboxes
 * only when checked), selects with their selected (or first) option, textareas. Content of {@code <template>}
 * elements and disabled fields are left out, as a browser leaves them out. Enough for our FreeMarker pages, whose
 * markup we write; not a general HTML parser.
 */
public final class HtmlForm {

    private static final Pattern FIELD = Pattern.compile(
            "<input\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern TEMPLATE = Pattern.compile("<template\\b.*?</template>", Pattern.DOTALL);

    private final List<Map.Entry<String, String>> fields;

    private HtmlForm(List<Map.Entry<String, String>> fields) {
        this.fields = fields;
    }

    /** The form marked {@code data-testid="<testId>"} in the page. */
    public static HtmlForm in(String html, String testId) {
        int start = html.indexOf("data-testid=\"" + testId + "\"");
        if (start < 0) {
            throw new IllegalArgumentException("no form " + testId + " in the page");
        }
        String form = TEMPLATE.matcher(html.substring(start, html.indexOf("</form>", start))).replaceAll("");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(form);
        while (field.find()) {
            String attributes = field.group(1) != null ? field.group(1)
                    : field.group(2) != null ? field.group(2) : field.group(4);
            String name = attribute(attributes, "name");
            if (name == null || attributes.contains(" disabled")) {
                continue;
            }
            if (field.group(1) != null) {
                String type = attribute(attributes, "type");
                if (!"checkbox".equals(type) || attributes.contains(" checked")) {
                    fields.add(Map.entry(name, unescape(attribute(attributes, "value"))));
                }
            } else if (field.group(2) != null) {
                fields.add(Map.entry(name, selected(field.group(3))));
            } else {
                fields.add(Map.entry(name, unescape(field.group(5))));
            }
        }
        return new HtmlForm(fields);
    }

    /** The value of the {@code index}-th field called {@code name} (0-based). */
    public String get(String name, int index) {
        return fields.get(position(name, index)).getValue();
    }

    /** How many fields are called {@code name} (for a table, how many rows it has). */
    public int count(String name) {
        return (int) fields.stream().filter(f -> f.getKey().equals(name)).count();
    }

    /** Types a value into the {@code index}-th field called {@code name}, as a user does. */
    public HtmlForm set(String name, int index, String value) {
        fields.set(position(name, index), Map.entry(name, value));
        return this;
    }

    public HtmlForm set(String name, String value) {
        return set(name, 0, value);
    }

    public List<Map.Entry<String, String>> fields() {
        return List.copyOf(fields);
    }

    private int position(String name, int index) {
        int seen = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).getKey().equals(name) && seen++ == index) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + name + " #" + index);
    }

    private static String selected(String options) {
        String first = null;
        Matcher option = OPTION.matcher(options);
        while (option.find()) {
            String value = unescape(attribute(option.group(1), "value"));
            if (option.group(1).contains(" selected")) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first == null ? "" : first;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?<![\\w-])" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : null;
    }

    private static String unescape(String html) {
        return html == null ? "" : html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
