// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.model.Field;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.vocabulary.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A policy map (评分规则对照表): rules {@code KIND PATTERN = POLICY}, one a line, that say which policy a form
 * takes from what it shows or where it was read from. The format, documented in {@code docs/policies.md}:
 *
 * <pre>
 * # comments start with #; blank lines are ignored
 * path       shanghai/**.xlsx         = shanghai      # the source path matches a glob
 * department 上海市住房和城乡建设管理委员会 = shanghai      # 主管部门 contains the text
 * unit       普陀区体育事业管理中心       = putuo         # 实施单位 contains the text
 * region     深圳市                     = shenzhen      # 主管部门, 实施单位, 项目名称 or the title contains it
 * field      项目金额                   = shenzhen      # the header prints this field (项目编码, 项目负责人, 联系电话, 项目金额)
 * execution-weight 20                 = twenty-point  # the form prints this 分值 for the execution rate
 * department 某某局                   = my-rules.json # a policy file instead of a preset
 * </pre>
 *
 * <p>A {@code #} at the start of a line or after white space starts a comment. Kinds are tried in the order above; within a kind the longest
 * pattern wins, and of two as long the earlier line. Texts are compared as {@link Vocabulary#normalize} leaves them
 * (no white space, full-width forms folded, bracketed notes dropped). A glob matches the
 * whole path or its end after a {@code /} ({@code shanghai/*.xlsx} matches {@code forms/shanghai/a.xlsx}):
 * {@code *} and {@code ?} stay within a folder, {@code **} crosses folders, {@code \} in a path reads as {@code /}.
 */
final class PolicyMap {

    /** What a rule looks at, in the order kinds are tried. */
    enum Kind {
        PATH("path"),
        DEPARTMENT("department"),
        UNIT("unit"),
        REGION("region"),
        FIELD("field"),
        EXECUTION_WEIGHT("execution-weight");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** The header fields a {@code field} rule may name. */
    private static final List<Field> HEADER_FIELDS = List.of(Field.CODE, Field.LEAD, Field.PHONE,
            Field.PROJECT_AMOUNT);

    /**
     * One rule.
     *
     * @param kind what it looks at
     * @param pattern the text, glob, field label or weight, as written
     * @param key the pattern as compared: white space removed, a glob as a regular expression
     * @param policy the policy it gives
     * @param line its line in the file
     */
    record Rule(Kind kind, String pattern, Object key, ScoringPolicy policy, int line) {
    }

    /** A rule that matched, and what it matched. */
    record Match(Rule rule, String reason, String reasonEn, Optional<Origin> evidence) {
    }

    private final List<Rule> rules;

    private PolicyMap(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads a map.
     *
     * @param in the text, read to its end, not closed
     * @param files reads a policy file a rule names; null when only presets may be named
     */
    static PolicyMap read(Reader in, PolicySelector.Files files) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        List<Rule> rules = new ArrayList<>();
        Map<String, ScoringPolicy> read = new HashMap<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = withoutComment(line).strip();
            if (text.isEmpty()) {
                continue;
            }
            int eq = text.lastIndexOf('=');
            String[] head = (eq < 0 ? text : text.substring(0, eq)).strip().split("\\s+", 2);
            if (eq < 0 || head.length < 2 || text.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException("line " + number + ": expected \"KIND PATTERN = POLICY\", such as "
                        + "\"department 上海市 = shanghai\", found \"" + cut(text) + "\"");
            }
            Kind kind = kind(head[0], number);
            String pattern = head[1].strip();
            String ref = text.substring(eq + 1).strip();
            ScoringPolicy policy = read.get(ref);
            if (policy == null) {
                policy = policy(ref, files, number);
                read.put(ref, policy);
            }
            rules.add(new Rule(kind, pattern, key(kind, pattern, number), policy, number));
        }
        return new PolicyMap(rules);
    }

    /** The line before its comment: a {@code #} at the start or after white space. */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static Kind kind(String word, int line) {
        for (Kind kind : Kind.values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        List<String> words = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            words.add(kind.word);
        }
        throw new IllegalArgumentException("line " + line + ": unknown kind \"" + cut(word) + "\"; expected one of "
                + String.join(", ", words));
    }

    private static Object key(Kind kind, String pattern, int line) {
        switch (kind) {
            case PATH:
                return glob(pattern);
            case FIELD:
                for (Field field : HEADER_FIELDS) {
                    if (field.label().equals(pattern)) {
                        return field;
                    }
                }
                throw new IllegalArgumentException("line " + line + ": unknown field \"" + cut(pattern)
                        + "\"; expected one of 项目编码, 项目负责人, 联系电话, 项目金额");
            case EXECUTION_WEIGHT:
                try {
                    return new BigDecimal(pattern);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + line + ": expected the execution 分值 as a number, "
                            + "such as 20, found \"" + cut(pattern) + "\"");
                }
            default:
                return compact(pattern);
        }
    }

    private static ScoringPolicy policy(String ref, PolicySelector.Files files, int line) throws IOException {
        if (!ref.endsWith(".json")) {
            try {
                return ScoringPolicy.preset(ref);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + line + ": " + e.getMessage()
                        + ", or name a policy file ending in .json");
            }
        }
        if (files == null) {
            throw new IllegalArgumentException("line " + line + ": \"" + cut(ref) + "\" is a policy file; read the "
                    + "map with PolicySelector.mapping(Reader, Files) to name files");
        }
        try {
            return files.read(ref);
        } catch (IOException e) {
            throw new IOException("line " + line + ": " + ref + ": " + e.getMessage(), e);
        }
    }

    /**
     * The first rule that matches, kind by kind; within a kind the longest pattern (the earlier line of two as
     * long); a {@code region} rule looks at 主管部门, then 实施单位, 项目名称 and the title, the first that names a
     * region deciding.
     */
    Optional<Match> match(SelfEvaluation form, String source) {
        Project project = form.project();
        for (Kind kind : Kind.values()) {
            Match match;
            switch (kind) {
                case DEPARTMENT:
                    match = longest(kind, form, source, department(project));
                    break;
                case UNIT:
                    match = longest(kind, form, source, unit(project));
                    break;
                case REGION:
                    match = longest(kind, form, source, department(project));
                    if (match == null) {
                        match = longest(kind, form, source, unit(project));
                    }
                    if (match == null) {
                        match = longest(kind, form, source, new Printed(Optional.of(project.name()), "项目名称",
                                "project name", project.origin(Field.NAME)));
                    }
                    if (match == null) {
                        match = longest(kind, form, source, new Printed(form.title(), "表名", "title",
                                form.origin(Field.TITLE)));
                    }
                    break;
                default:
                    match = longest(kind, form, source, null);
                    break;
            }
            if (match != null) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }

    /** A text printed on the form, what it is called and where it was printed. */
    private record Printed(Optional<String> text, String zh, String en, Optional<Origin> at) {
    }

    private static Printed department(Project project) {
        return new Printed(project.department(), "主管部门", "department", project.origin(Field.DEPARTMENT));
    }

    private static Printed unit(Project project) {
        return new Printed(project.implementingUnit(), "实施单位", "implementing unit",
                project.origin(Field.IMPLEMENTING_UNIT));
    }

    /** The longest rule of a kind that matches: a text rule against {@code printed}, others against the form. */
    private Match longest(Kind kind, SelfEvaluation form, String source, Printed printed) {
        Match best = null;
        int bestLength = -1;
        for (Rule rule : rules) {
            if (rule.kind != kind || rule.pattern.length() <= bestLength) {
                continue;
            }
            Match match = printed != null ? text(rule, printed) : match(rule, form, source);
            if (match != null) {
                best = match;
                bestLength = rule.pattern.length();
            }
        }
        return best;
    }

    private static Match match(Rule rule, SelfEvaluation form, String source) {
        Project project = form.project();
        switch (rule.kind) {
            case PATH:
                String path = source.replace('\\', '/');
                return ((Pattern) rule.key).matcher(path).matches()
                        ? new Match(rule, "路径“" + path + "”", "path “" + path + "”", Optional.empty()) : null;
            case FIELD:
                Field field = (Field) rule.key;
                Optional<String> value = header(project, field);
                return value.map(v -> new Match(rule, "表头有" + field.label() + "“" + v + "”",
                        "the header prints " + field.label() + " “" + v + "”", project.origin(field))).orElse(null);
            default:
                Optional<BigDecimal> weight = form.funding().printedWeight();
                return weight.isPresent() && weight.get().compareTo((BigDecimal) rule.key) == 0
                        ? new Match(rule, "预算执行率分值 " + weight.get().toPlainString(),
                                "execution weight " + weight.get().toPlainString(),
                                form.funding().origin(Field.WEIGHT).or(() -> form.funding().origin(Field.POINTS)))
                        : null;
        }
    }

    private static Match text(Rule rule, Printed printed) {
        if (printed.text().isEmpty() || !compact(printed.text().get()).contains((String) rule.key)) {
            return null;
        }
        String shown = cut(printed.text().get().strip());
        return new Match(rule, printed.zh() + "“" + shown + "”", printed.en() + " “" + shown + "”", printed.at());
    }

    private static Optional<String> header(Project project, Field field) {
        switch (field) {
            case CODE:
                return project.code();
            case LEAD:
                return project.lead();
            case PHONE:
                return project.phone();
            default:
                return project.amount().map(Object::toString);
        }
    }

    /** The text as rules compare it: normalised as the vocabulary normalises labels (no white space, …). */
    private static String compact(String text) {
        return Vocabulary.normalize(text);
    }

    /** A glob as a regular expression over the whole path or its end after a {@code /}. */
    static Pattern glob(String glob) {
        String g = glob.replace('\\', '/');
        StringBuilder re = new StringBuilder(g.startsWith("/") ? "" : "(?:.*/)?");
        int literal = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c != '*' && c != '?') {
                continue;
            }
            re.append(Pattern.quote(g.substring(literal, i)));
            if (c == '?') {
                re.append("[^/]");
            } else if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                i++;
                if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
                    i++;
                    re.append("(?:.*/)?");
                } else {
                    re.append(".*");
                }
            } else {
                re.append("[^/]*");
            }
            literal = i + 1;
        }
        re.append(Pattern.quote(g.substring(literal)));
        return Pattern.compile(re.toString());
    }

    private static String cut(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
