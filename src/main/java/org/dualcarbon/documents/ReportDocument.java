package org.dualcarbon.documents;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one model of a report document (报告文件), built once from stored data and rendered both to .docx and to PDF,
 * so the two files cannot say different things. Every figure is already formatted text; {@code asOf} is the time of
 * the newest stored data the document shows (it stands in for a generation date, which would differ each time).
 */
public record ReportDocument(String fileName, String title, String subtitle, List<Field> cover, List<Section> sections,
                             LocalDateTime asOf) {

    public ReportDocument {
        fileName = Text.clean(fileName);
        title = Text.clean(title);
        subtitle = Text.clean(subtitle);
        cover = List.copyOf(cover);
        sections = List.copyOf(sections);
    }

    /** A labelled value, e.g. 统一社会信用代码 → 91640181…. */
    public record Field(String label, String value) {

        public Field {
            label = Text.clean(label);
            value = Text.clean(value);
        }
    }

    /** A numbered part of the document: a heading and its blocks in order. */
    public record Section(String heading, List<Block> blocks) {

        public Section {
            heading = Text.clean(heading);
            blocks = List.copyOf(blocks);
        }

        public Section(String heading, Block... blocks) {
            this(heading, Arrays.asList(blocks));
        }
    }

    /** A paragraph, a list of fields or a table; {@link #kind()} tells the templates which. */
    public sealed interface Block permits Paragraph, Fields, Table {

        String kind();
    }

    /** Running text; line breaks in it are kept. */
    public record Paragraph(String text) implements Block {

        public Paragraph {
            text = Text.clean(text);
        }

        @Override
        public String kind() {
            return "paragraph";
        }

        /** The lines of the text (a renderer joins them with line breaks). */
        public List<String> lines() {
            return List.of(text.split("\n", -1));
        }
    }

    /** Labelled values shown as a two-column list. */
    public record Fields(List<Field> fields) implements Block {

        public Fields {
            fields = List.copyOf(fields);
        }

        @Override
        public String kind() {
            return "fields";
        }
    }

    /**
     * A table with a header row that repeats on every page; {@code totalRow} (optional, same width) is set in bold
     * below the rows.
     */
    public record Table(List<Column> columns, List<List<String>> rows, List<String> totalRow) implements Block {

        public Table {
            columns = List.copyOf(columns);
            List<List<String>> cleaned = new ArrayList<>();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
                }
                cleaned.add(row.stream().map(Text::clean).toList());
            }
            rows = List.copyOf(cleaned);
            totalRow = totalRow == null ? List.of() : totalRow.stream().map(Text::clean).toList();
        }

        @Override
        public String kind() {
            return "table";
        }

        /** Each column's share of the text width in per cent (the weights scaled to 100). */
        public List<Integer> widthPercents() {
            int sum = columns.stream().mapToInt(Column::weight).sum();
            return columns.stream().map(c -> Math.max(1, Math.round(100f * c.weight() / sum))).toList();
        }
    }

    /** A table column: its header, whether it holds figures (set right-aligned) and its relative width. */
    public record Column(String header, boolean numeric, int weight) {

        public Column {
            header = Text.clean(header);
            if (weight < 1) {
                throw new IllegalArgumentException("column weight must be positive: " + header);
            }
        }

        public static Column text(String header, int weight) {
            return new Column(header, false, weight);
        }

        public static Column figure(String header, int weight) {
            return new Column(header, true, weight);
        }
    }

    /** Text as both XML formats accept it: no control characters but tab and line feed, never null. */
    static final class Text {

        private Text() {
        }

        static String clean(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.replace("\r\n", "\n").codePoints().forEach(c -> {
                boolean allowed = c == '\n' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF));
                out.appendCodePoint(allowed ? c : ' ');
            });
            return out.toString();
        }
    }
}
