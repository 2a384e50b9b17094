// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import io.github.jixiao.vocabulary.WhiteSpace;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One pass over one cell's text. The text is first normalised (white space removed, full-width forms
 * folded) with a map back to offsets in the original, so errors point into the text as written.
 * Every step moves forward: reading is linear in the length of the text.
 */
final class NotationReader {

    /** Longest number we read, in digits; longer runs are reported, not computed with. */
    static final int MAX_DIGITS = 100;

    /** Longest unit we read, in characters; a longer run of text after a number is not a unit. */
    static final int MAX_UNIT_LENGTH = 32;

    /** Placeholders are short: longer text is not looked up. */
    private static final int MAX_PLACEHOLDER_LENGTH = 8;

    private static final String[][] PREFIX_WORDS = {
        {"大于或等于", "AT_LEAST"}, {"大于等于", "AT_LEAST"}, {"不少于", "AT_LEAST"}, {"不低于", "AT_LEAST"},
        {"不小于", "AT_LEAST"}, {"至少", "AT_LEAST"}, {"达到", "AT_LEAST"},
        {"小于或等于", "AT_MOST"}, {"小于等于", "AT_MOST"}, {"不超过", "AT_MOST"}, {"不高于", "AT_MOST"},
        {"不大于", "AT_MOST"}, {"不多于", "AT_MOST"}, {"至多", "AT_MOST"}, {"最多", "AT_MOST"},
        {"大于", "MORE_THAN"}, {"高于", "MORE_THAN"}, {"超过", "MORE_THAN"}, {"多于", "MORE_THAN"},
        {"小于", "LESS_THAN"}, {"低于", "LESS_THAN"}, {"少于", "LESS_THAN"},
        {"等于", "EQUAL"}, {"控制在", "AT_MOST"},
    };

    private static final String[][] SUFFIX_WORDS = {
        {"以上", "AT_LEAST"}, {"及以上", "AT_LEAST"}, {"以下", "AT_MOST"}, {"以内", "AT_MOST"},
        {"之内", "AT_MOST"}, {"内", "AT_MOST"},
    };

    /**
     * What a target split over columns has in front from its 指标性质 column: 正向 (the more the better: at least),
     * 反向 (the less the better: at most), 定量 or 定性 (no direction). A comparison written after it wins.
     */
    private static final String[][] DIRECTION_WORDS = {
        {"正向指标", "AT_LEAST"}, {"正向", "AT_LEAST"}, {"反向指标", "AT_MOST"}, {"反向", "AT_MOST"},
        {"定量指标", ""}, {"定量", ""}, {"定性指标", ""}, {"定性", ""},
    };

    private static final String[] MEASURE_WORDS = {
        "个工作日", "个小时", "个月", "工作日", "小时", "分钟", "个", "天", "日", "周", "月", "年", "次", "秒",
        "项", "处", "家", "所", "座", "件", "篇", "场", "期", "批", "套", "台",
    };

    /** Words before a number that make it approximate (约500人): the number is read as a bare target. */
    private static final String[] APPROXIMATE_WORDS = {"大约", "约为", "约"};

    private static final String[] BEFORE_WORDS = {"之前", "以前", "前"};

    /** A word that may end a value, saying it is to be reached: 100%完成, 100%覆盖, 500人到位. */
    private static final String[] TAIL_WORDS = {"完成", "覆盖", "达标", "到位"};
    /** A word after a value that makes it approximate (1000人左右): the number is read as a bare target. */
    private static final String ABOUT = "左右";
    /** Punctuation a value may end with (≥98%；): not read, in a text with a digit (无、 stays as the vocabulary says). */
    private static final String TRAILING_PUNCTUATION = ";；,，、。";

    /** The multipliers a unit may start with before 余 or 多: 1.2万余条. */
    private static final String MULTIPLIER_PREFIXES = "十百千万亿";
    /** A rate label before a value is short: 服务对象满意度, 验收合格率. */
    private static final int MAX_RATE_LABEL_LENGTH = 12;
    /** What may stand between a rate label and its value: 满意度：96%, 满意度为96%, 合格率是100%. */
    private static final String RATE_LABEL_LINKS = ":：为是";

    /** What separates the bounds of a range: 90%-95%, 90%～95%, 3至5天, 3到5天, and the dashes and tildes between. */
    private static final String RANGE_SEPARATORS = "-–—~～〜至到";
    /**
     * The words a range may start and end with: 区间90-95% (a 指标性质 column's 区间 before the value), 90%-95%之间.
     */
    private static final String[] RANGE_WORDS = {"区间", "之间"};

    /** The first characters of the words above: most positions start none, and are passed over at once. */
    private static final BitSet PREFIX_FIRSTS = firsts(Arrays.stream(PREFIX_WORDS).map(word -> word[0]));
    private static final BitSet SUFFIX_FIRSTS = firsts(Arrays.stream(SUFFIX_WORDS).map(word -> word[0]));
    private static final BitSet BEFORE_FIRSTS = firsts(Arrays.stream(BEFORE_WORDS));

    /** The characters that end a unit: brackets, comparisons, punctuation. */
    private static final BitSet UNIT_ENDS = chars("()≥≤<>=,.;；、:：");

    private final String original;
    private final char[] s;
    /** Where each folded character was in the original, or null where no white space was removed (the same). */
    private final int[] origin;
    private final int n;
    /** The folded text's length before {@link #TRAILING_PUNCTUATION} was left out: placeholders are looked up whole. */
    private final int whole;
    private int pos;
    /** The vocabulary's placeholder term of the folded text, looked up once; see {@link #placeholder()}. */
    private Term placeholder;
    private boolean placeholderLooked;

    NotationReader(String original) {
        this.original = java.util.Objects.requireNonNull(original, "text");
        int length = original.length();
        char[] chars = new char[length];
        int[] offsets = null;
        int count = 0;
        for (int i = 0; i < length; i++) {
            char c = original.charAt(i);
            if (WhiteSpace.is(c)) {
                if (offsets == null) {
                    offsets = new int[length + 1];
                    for (int j = 0; j < count; j++) {
                        offsets[j] = j;
                    }
                }
                continue;
            }
            chars[count] = fold(c);
            if (offsets != null) {
                offsets[count] = i;
            }
            count++;
        }
        int folded = count;
        while (count > 1 && TRAILING_PUNCTUATION.indexOf(chars[count - 1]) >= 0 && hasDigit(chars, count)) {
            count--;
        }
        if (offsets != null && count == folded) {
            offsets[count] = length;
        }
        this.s = chars;
        this.origin = offsets;
        this.n = count;
        this.whole = folded;
    }

    private static boolean hasDigit(char[] chars, int count) {
        for (int i = 0; i < count; i++) {
            if (isDigit(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** The offset in the original text of a position in the folded one. */
    private int originOf(int at) {
        return origin == null ? at : origin[at];
    }

    /** The first characters of words, as a set looked up in constant time. */
    private static BitSet firsts(Stream<String> words) {
        return chars(words.map(word -> word.substring(0, 1)).collect(Collectors.joining()));
    }

    private static BitSet chars(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }

    /** Whether a word of the list whose first characters are {@code firsts} may start at {@code at}. */
    private boolean mayStart(int at, BitSet firsts) {
        return at < n && firsts.get(s[at]);
    }

    private static char fold(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        switch (c) {
            case '．':
                return '.';
            case '，':
                return ',';
            case '％':
                return '%';
            case '（':
                return '(';
            case '）':
                return ')';
            case '＞':
                return '>';
            case '＜':
                return '<';
            case '＝':
            case '═':
                return '=';
            case '≧':
            case '⩾':
                return '≥';
            case '≦':
            case '⩽':
                return '≤';
            case '／':
                return '/';
            case '－':
                return '-';
            default:
                return c;
        }
    }

    // ---------------------------------------------------------------- entry points

    Target target() {
        String text = original;
        if (n == 0 || isBlankMark()) {
            return new Blank(text);
        }
        if (isNotApplicable()) {
            return new NotApplicable(text);
        }
        String[] direction = directionWordAt(0);
        if (looksLikeDate(direction == null ? 0 : direction[0].length())) {
            pos = direction == null ? 0 : direction[0].length();
            try {
                Dated dated = readDated();
                return new Target.Deadline(text, dated.date, dated.precision);
            } catch (NotationParseException e) {
                return new Unparsed(text, e.getReason(), e.getErrorIndex());
            }
        }
        Target.Range named = startsWithAt(0, RANGE_WORDS[0]) ? range(RANGE_WORDS[0].length()) : null;
        if (named != null) {
            return named;
        }
        if (startsLikeNotation()) {
            try {
                Expression e = readExpression(true);
                return new Target.Quantitative(text, e.comparator, e.quantity);
            } catch (NotationParseException e) {
                Target.Range range = range(0);
                return range != null ? range : new Unparsed(text, e.getReason(), e.getErrorIndex());
            }
        }
        Expression labelled = labelledExpression();
        if (labelled != null) {
            return new Target.Quantitative(text, labelled.comparator, labelled.quantity);
        }
        Expression spoken = tryChineseNumeralExpression();
        if (spoken != null) {
            return new Target.Quantitative(text, spoken.comparator, spoken.quantity);
        }
        return new Target.Qualitative(text);
    }

    /**
     * The folded text from {@code from} as a range, {@code 90%-95%}, {@code 3至5天}, {@code 100~120万元之间}: two
     * quantities either side of the first dash, tilde, 至 or 到 that a digit follows, the lower first, a unit on one
     * of them the other's too; else null.
     */
    private Target.Range range(int from) {
        int end = endsWithAt(RANGE_WORDS[1]) ? n - RANGE_WORDS[1].length() : n;
        for (int at = from + 1; at + 1 < end; at++) {
            if (RANGE_SEPARATORS.indexOf(s[at]) >= 0 && isDigit(s[at + 1])) {
                try {
                    Quantity low = Quantity.parse(new String(s, from, at - from));
                    Quantity high = Quantity.parse(new String(s, at + 1, end - at - 1));
                    if (low.unit().isNone() != high.unit().isNone()) {
                        Unit unit = low.unit().isNone() ? high.unit() : low.unit();
                        low = new Quantity(low.value(), unit);
                        high = new Quantity(high.value(), unit);
                    }
                    return low.unit().isCompatibleWith(high.unit()) && low.compareValue(high) <= 0
                            ? new Target.Range(original, low, high) : null;
                } catch (NotationParseException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private boolean endsWithAt(String word) {
        return n > word.length() && startsWithAt(n - word.length(), word);
    }

    Actual actual() {
        String text = original;
        if (n == 0 || isBlankMark()) {
            return new Blank(text);
        }
        if (isNotApplicable()) {
            return new NotApplicable(text);
        }
        AchievementLevel level = mayBeAchievement() ? achievementLevel(new String(s, 0, n)) : null;
        if (level != null) {
            return new Actual.Achievement(text, level);
        }
        if (looksLikeDate(0)) {
            try {
                Dated dated = readDated();
                return new Actual.OnDate(text, dated.date, dated.precision);
            } catch (NotationParseException e) {
                return new Unparsed(text, e.getReason(), e.getErrorIndex());
            }
        }
        if (startsLikeNotation()) {
            try {
                return actualOf(text, readExpression(true));
            } catch (NotationParseException e) {
                return new Unparsed(text, e.getReason(), e.getErrorIndex());
            }
        }
        Expression labelled = labelledExpression();
        if (labelled != null) {
            return actualOf(text, labelled);
        }
        Expression spoken = tryChineseNumeralExpression();
        if (spoken != null) {
            return actualOf(text, spoken);
        }
        return new Actual.Described(text);
    }

    Quantity quantity() {
        BigDecimal value = readNumber();
        if (value == null) {
            throw error("expected a number");
        }
        Unit unit = Unit.of(readUnit());
        if (pos < n) {
            throw error("expected the end of the quantity");
        }
        return new Quantity(value, unit);
    }

    // ---------------------------------------------------------------- classification

    private static Actual actualOf(String text, Expression e) {
        return e.comparator.isPresent()
                ? new Actual.Bound(text, e.comparator.get(), e.quantity)
                : new Actual.Measured(text, e.quantity);
    }

    private boolean startsLikeNotation() {
        if (n == 0) {
            return false;
        }
        char c = s[0];
        if (isDigit(c) || isComparatorSign(c)) {
            return true;
        }
        String[] word = prefixWordAt(0);
        return word != null && word[0].length() < n && isDigit(s[word[0].length()]) || approximateWordAt(0) > 0
                || directionWordAt(0) != null;
    }

    /** The direction word at {@code at} when a number, a comparison or a comparing word follows it, or null. */
    private String[] directionWordAt(int at) {
        if (at >= n || s[at] != '正' && s[at] != '反' && s[at] != '定') {
            return null;
        }
        for (String[] word : DIRECTION_WORDS) {
            int after = at + word[0].length();
            if (startsWithAt(at, word[0]) && after < n
                    && (isDigit(s[after]) || isComparatorSign(s[after]) || prefixWordAt(after) != null)) {
                return word;
            }
        }
        return null;
    }

    /** Whether a date starts at {@code from}: 2021年…, 2021-12-31, 2021/12前, after an optional ≤ or &lt;. */
    private boolean looksLikeDate(int from) {
        int i = from;
        if (i < n && (s[i] == '≤' || s[i] == '<')) {
            i++;
        }
        int digits = 0;
        while (i + digits < n && isDigit(s[i + digits])) {
            digits++;
        }
        if (digits != 4 || i + 4 >= n) {
            return false;
        }
        char sep = s[i + 4];
        return sep == '年' || ((sep == '-' || sep == '/' || sep == '.') && i + 5 < n && isDigit(s[i + 5])
                && (hasSecondSeparator(i + 5, sep) || isMonthOnly(i + 5, sep)));
    }

    /**
     * Whether a year and a month end the date at {@code from} (the month's digits): {@code 2023-12}, {@code 2023/12前};
     * with a point only before 前 ({@code 2023.12前}), since {@code 2023.12} alone is a number.
     */
    private boolean isMonthOnly(int from, char sep) {
        int i = from;
        while (i < n && isDigit(s[i])) {
            i++;
        }
        if (i - from > 2) {
            return false;
        }
        boolean before = beforeWordAt(i) != null;
        return sep == '.' ? before : i == n || before || isTailWordAt(i);
    }

    private boolean hasSecondSeparator(int from, char sep) {
        int i = from;
        while (i < n && isDigit(s[i])) {
            i++;
        }
        return i < n && s[i] == sep && sep != '.' || (sep == '.' && i < n && s[i] == '.');
    }

    /** Whether the folded text says the cell was left blank: （空）, 未填写. */
    private boolean isBlankMark() {
        return placeholder() == Term.BLANK_MARK;
    }

    /** Whether the folded text is a placeholder of the vocabulary, saying the row does not apply: 无, /, 不适用 …. */
    private boolean isNotApplicable() {
        return placeholder() != null;
    }

    /** The folded text's term among the vocabulary's placeholders (a blank mark is one), or null. */
    private Term placeholder() {
        if (!placeholderLooked) {
            placeholderLooked = true;
            placeholder = whole > MAX_PLACEHOLDER_LENGTH
                    || !Vocabulary.defaults().mayMatch(original, Term.Group.PLACEHOLDER) ? null
                    : Vocabulary.defaults().match(new String(s, 0, whole), Term.Group.PLACEHOLDER).orElse(null);
        }
        return placeholder;
    }

    /** Whether the folded text holds 达, 完 or 实, one of which every word of {@link #achievementLevel} holds. */
    private boolean mayBeAchievement() {
        for (int i = 0; i < n; i++) {
            if (s[i] == '达' || s[i] == '完' || s[i] == '实') {
                return true;
            }
        }
        return false;
    }

    private static AchievementLevel achievementLevel(String folded) {
        if (folded.contains("未达成") || folded.contains("未完成") || folded.contains("未达到")
                || folded.contains("没有达成")) {
            return AchievementLevel.NOT_ACHIEVED;
        }
        if (folded.contains("部分达成") || folded.contains("部分完成") || folded.contains("部分达到")) {
            return AchievementLevel.PARTIALLY_ACHIEVED;
        }
        String rest = folded;
        for (String lead : new String[] {"已", "全部", "全面", "均"}) {
            if (rest.startsWith(lead)) {
                rest = rest.substring(lead.length());
                break;
            }
        }
        boolean achieved = rest.startsWith("达成") || rest.startsWith("完成") || rest.startsWith("达到")
                || rest.startsWith("实现");
        return achieved && folded.length() <= 12 ? AchievementLevel.ACHIEVED : null;
    }

    // ---------------------------------------------------------------- dates

    private static final class Dated {
        final LocalDate date;
        final DatePrecision precision;

        Dated(LocalDate date, DatePrecision precision) {
            this.date = date;
            this.precision = precision;
        }
    }

    /** A date, optionally after ≤ or &lt; and before 前; trailing words without digits are allowed (完成). */
    private Dated readDated() {
        if (s[pos] == '≤' || s[pos] == '<') {
            pos++;
        }
        int year = readInt(4);
        char sep = s[pos];
        pos++;
        Dated dated;
        if (sep == '年') {
            if (pos < n && (s[pos] == '底' || s[pos] == '末')) {
                pos++;
                dated = new Dated(LocalDate.of(year, 12, 31), DatePrecision.YEAR);
            } else if (pos < n && isDigit(s[pos])) {
                int monthStart = pos;
                int month = readInt(2);
                expect('月', "expected 月 after the month");
                if (pos < n && isDigit(s[pos])) {
                    int day = readInt(2);
                    if (pos < n && (s[pos] == '日' || s[pos] == '号')) {
                        pos++;
                    } else {
                        throw error("expected 日 after the day");
                    }
                    dated = new Dated(date(year, month, day, monthStart), DatePrecision.DAY);
                } else {
                    dated = new Dated(endOfMonth(year, month, monthStart), DatePrecision.MONTH);
                }
            } else {
                dated = new Dated(LocalDate.of(year, 12, 31), DatePrecision.YEAR);
            }
        } else {
            int monthStart = pos;
            int month = readInt(2);
            if (pos < n && s[pos] == sep) {
                pos++;
                int day = readInt(2);
                dated = new Dated(date(year, month, day, monthStart), DatePrecision.DAY);
            } else {
                dated = new Dated(endOfMonth(year, month, monthStart), DatePrecision.MONTH);
            }
        }
        String before = beforeWordAt(pos);
        if (before != null) {
            pos += before.length();
        }
        expectWordsOnly();
        return dated;
    }

    private LocalDate date(int year, int month, int day, int at) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new NotationParseException("expected a valid date, not " + year + "-" + month + "-" + day,
                    original, originOf(at));
        }
    }

    private LocalDate endOfMonth(int year, int month, int at) {
        if (month < 1 || month > 12) {
            throw new NotationParseException("expected a month from 1 to 12, not " + month, original, originOf(at));
        }
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private int readInt(int maxDigits) {
        int start = pos;
        int value = 0;
        while (pos < n && isDigit(s[pos]) && pos - start < maxDigits) {
            value = value * 10 + (s[pos] - '0');
            pos++;
        }
        if (pos == start) {
            throw error("expected digits");
        }
        return value;
    }

    // ---------------------------------------------------------------- quantities

    private static final class Expression {
        final Optional<Comparison> comparator;
        final Quantity quantity;

        Expression(Optional<Comparison> comparator, Quantity quantity) {
            this.comparator = comparator;
            this.quantity = quantity;
        }
    }

    /**
     * [comparator] number [unit] [左右] [(note)] [以上|以下|以内|内] [(note)] [words]: a bracketed note after the value
     * ({@code ≥80%（含）}, {@code 192只(180只+12头)}) is kept in the text and not read; a value may end with a word
     * saying it is to be reached ({@code 100%完成}).
     */
    private Expression readExpression(boolean arabic) {
        Comparison prefix = readPrefixComparator();
        BigDecimal value = arabic ? readNumber() : readChineseNumber();
        if (value == null) {
            throw error("expected a number");
        }
        int unitStart = pos;
        String unit = withoutOdd(readUnit());
        if (startsBeforeWord(pos) || unit.equals("月底") || unit.equals("月末")) {
            throw error("expected a year before the month of a deadline, as in 2021年12月前");
        }
        if (unit.endsWith(ABOUT)) {
            unit = unit.substring(0, unit.length() - ABOUT.length());
        }
        if (pos > unitStart) {
            skipNote();
        }
        Comparison suffix = readSuffixComparator();
        if (suffix != null) {
            skipNote();
            expectWordsOnly();
        } else if (isTailWordAt(pos)) {
            pos = n;
        } else if (pos < n) {
            throw error("expected the end of the value");
        }
        Comparison comparator = prefix != null ? prefix : suffix;
        return new Expression(Optional.ofNullable(comparator), new Quantity(value, Unit.of(unit)));
    }

    /**
     * A unit without the 余 or 多 that says the number is a little more than written (510余人, 1.2万余条, 10多个): the
     * number as written is what is read, the text keeps the rest.
     */
    private static String withoutOdd(String unit) {
        int at = unit.length() > 1 && MULTIPLIER_PREFIXES.indexOf(unit.charAt(0)) >= 0 ? 1 : 0;
        return at < unit.length() && (unit.charAt(at) == '余' || unit.charAt(at) == '多')
                ? unit.substring(0, at) + unit.substring(at + 1) : unit;
    }

    /**
     * Where the value starts after a leading rate label, the label's last character 率 or 度 (满意度96%, 验收合格率：100%,
     * 满意度为≥90%, 满意度达96%), or -1.
     */
    private int afterRateLabel() {
        if (n == 0 || !isIdeograph(s[0])) {
            return -1;
        }
        for (int end = 2; end <= n && end <= MAX_RATE_LABEL_LENGTH && isIdeograph(s[end - 1]); end++) {
            if (s[end - 1] != '率' && s[end - 1] != '度') {
                continue;
            }
            int i = end;
            while (i < n && (RATE_LABEL_LINKS.indexOf(s[i]) >= 0 || s[i] == '达' && i + 1 < n && isDigit(s[i + 1]))) {
                i++;
            }
            if (i < n && (isDigit(s[i]) || isComparatorSign(s[i]) || prefixWordAt(i) != null)) {
                return i;
            }
        }
        return -1;
    }

    /** ≥, ≤, >, < or = (the full-width and other forms already folded). */
    private static boolean isComparatorSign(char c) {
        return c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=';
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    /** The value after a rate label ({@link #afterRateLabel}), or null where there is none or it is not one value. */
    private Expression labelledExpression() {
        int value = afterRateLabel();
        if (value < 0) {
            return null;
        }
        pos = value;
        try {
            return readExpression(true);
        } catch (NotationParseException e) {
            return null;
        } finally {
            pos = 0;
        }
    }

    /** 一个月内, 半小时内响应, 三天内: a Chinese numeral followed by a measure word. */
    private Expression tryChineseNumeralExpression() {
        pos = 0;
        readPrefixComparator();
        boolean numeral = chineseDigit(pos) >= 0 || (pos < n && (s[pos] == '半' || s[pos] == '十'));
        pos = 0;
        if (!numeral) {
            return null;
        }
        try {
            return readExpression(false);
        } catch (NotationParseException e) {
            return null;
        }
    }

    private Comparison readPrefixComparator() {
        if (pos >= n) {
            return null;
        }
        String[] direction = directionWordAt(pos);
        if (direction != null) {
            pos += direction[0].length();
            Comparison written = readPrefixComparator();
            return written != null || direction[1].isEmpty() ? written : Comparison.valueOf(direction[1]);
        }
        char c = s[pos];
        char next = pos + 1 < n ? s[pos + 1] : 0;
        switch (c) {
            case '≥':
                pos++;
                return Comparison.AT_LEAST;
            case '≤':
                pos++;
                return Comparison.AT_MOST;
            case '>':
                pos += next == '=' ? 2 : 1;
                return next == '=' ? Comparison.AT_LEAST : Comparison.MORE_THAN;
            case '<':
                pos += next == '=' ? 2 : 1;
                return next == '=' ? Comparison.AT_MOST : Comparison.LESS_THAN;
            case '=':
                if (next == '>' || next == '<') {
                    pos += 2;
                    return next == '>' ? Comparison.AT_LEAST : Comparison.AT_MOST;
                }
                pos += next == '=' ? 2 : 1;
                return Comparison.EQUAL;
            default:
                String[] word = prefixWordAt(pos);
                if (word == null) {
                    pos += approximateWordAt(pos);
                    return null;
                }
                pos += word[0].length();
                return Comparison.valueOf(word[1]);
        }
    }

    /** The length of an approximating word (约, 大约) at {@code at} followed by a digit, or 0. */
    private int approximateWordAt(int at) {
        for (String word : APPROXIMATE_WORDS) {
            if (startsWithAt(at, word) && at + word.length() < n && isDigit(s[at + word.length()])) {
                return word.length();
            }
        }
        return 0;
    }

    private String[] prefixWordAt(int at) {
        if (!mayStart(at, PREFIX_FIRSTS)) {
            return null;
        }
        for (String[] word : PREFIX_WORDS) {
            if (startsWithAt(at, word[0])) {
                return word;
            }
        }
        return null;
    }

    private Comparison readSuffixComparator() {
        if (!mayStart(pos, SUFFIX_FIRSTS)) {
            return null;
        }
        for (String[] word : SUFFIX_WORDS) {
            if (startsWithAt(pos, word[0])) {
                pos += word[0].length();
                return Comparison.valueOf(word[1]);
            }
        }
        return null;
    }

    /** Digits with optional thousands separators and a decimal part; null if no digit is here. */
    private BigDecimal readNumber() {
        int start = pos;
        int separators = 0;
        while (pos < n) {
            char c = s[pos];
            if (isDigit(c)) {
                pos++;
            } else if (c == ',' && pos > start && isThousandsGroup(pos + 1)) {
                separators++;
                pos++;
            } else {
                break;
            }
        }
        if (pos == start) {
            return null;
        }
        if (pos + 1 < n && s[pos] == '.' && isDigit(s[pos + 1])) {
            pos++;
            while (pos < n && isDigit(s[pos])) {
                pos++;
            }
        }
        int length = pos - start - separators;
        if (length > MAX_DIGITS) {
            throw new NotationParseException("expected a number of at most " + MAX_DIGITS + " digits",
                    original, originOf(start));
        }
        if (separators == 0) {
            return new BigDecimal(s, start, length);
        }
        char[] digits = new char[length];
        int d = 0;
        for (int i = start; i < pos; i++) {
            if (s[i] != ',') {
                digits[d++] = s[i];
            }
        }
        return new BigDecimal(digits);
    }

    private boolean isThousandsGroup(int at) {
        for (int i = 0; i < 3; i++) {
            if (at + i >= n || !isDigit(s[at + i])) {
                return false;
            }
        }
        return at + 3 >= n || !isDigit(s[at + 3]);
    }

    /** 半, 一 … 九, 十, 二十, 十五, 两; must be followed by a measure word. */
    private BigDecimal readChineseNumber() {
        if (pos < n && s[pos] == '半') {
            pos++;
            requireMeasureWord();
            return new BigDecimal("0.5");
        }
        int tens = 0;
        int units = chineseDigit(pos);
        if (units >= 0) {
            pos++;
        }
        if (pos < n && s[pos] == '十') {
            tens = units < 0 ? 1 : units;
            pos++;
            units = chineseDigit(pos);
            if (units >= 0) {
                pos++;
            } else {
                units = 0;
            }
        } else if (units < 0) {
            return null;
        }
        requireMeasureWord();
        return BigDecimal.valueOf(tens * 10L + units);
    }

    private void requireMeasureWord() {
        for (String word : MEASURE_WORDS) {
            if (startsWithAt(pos, word)) {
                return;
            }
        }
        throw error("expected a measure word such as 个月 or 小时 after the numeral");
    }

    private int chineseDigit(int at) {
        if (at >= n) {
            return -1;
        }
        int digit = "零一二三四五六七八九".indexOf(s[at]);
        return s[at] == '两' ? 2 : digit;
    }

    /** "(万条/月)", "%", or a run of unit characters up to a suffix comparator word. */
    private String readUnit() {
        if (pos >= n) {
            return "";
        }
        if (s[pos] == '(') {
            int close = pos + 1;
            while (close < n && s[close] != ')') {
                close++;
            }
            if (close >= n) {
                throw error("expected ) after the unit");
            }
            String unit = new String(s, pos + 1, close - pos - 1);
            pos = close + 1;
            return unit;
        }
        if (s[pos] == '%' || s[pos] == '‰') {
            pos++;
            return String.valueOf(s[pos - 1]);
        }
        if ((s[pos] == 'e' || s[pos] == 'E') && pos + 1 < n && (isDigit(s[pos + 1]) || s[pos + 1] == '+'
                || s[pos + 1] == '-')) {
            throw error("expected a plain decimal number, not an exponent");
        }
        int start = pos;
        while (pos < n && isUnitChar(pos, start) && !startsSuffixWord(pos) && !startsBeforeWord(pos)
                && !isTailWordAt(pos)) {
            pos++;
            if (pos - start > MAX_UNIT_LENGTH) {
                throw error("expected a unit of at most " + MAX_UNIT_LENGTH + " characters");
            }
        }
        return new String(s, start, pos - start);
    }

    private boolean isUnitChar(int at, int start) {
        char c = s[at];
        if (isDigit(c)) {
            return at > start && isLatinLetter(s[at - 1]);
        }
        return !UNIT_ENDS.get(c);
    }

    /** Whether the text from {@code at} to its end is one of the {@link #TAIL_WORDS}. */
    private boolean isTailWordAt(int at) {
        for (String word : TAIL_WORDS) {
            if (n - at == word.length() && startsWithAt(at, word)) {
                return true;
            }
        }
        return false;
    }

    /** Passes over a bracketed note at the position, (含) or (2023年), if there is one closed before the end. */
    private void skipNote() {
        if (pos < n && s[pos] == '(') {
            int close = pos + 1;
            while (close < n && s[close] != ')' && s[close] != '(') {
                close++;
            }
            if (close < n && s[close] == ')') {
                pos = close + 1;
            }
        }
    }

    private boolean startsSuffixWord(int at) {
        if (!mayStart(at, SUFFIX_FIRSTS)) {
            return false;
        }
        for (String[] word : SUFFIX_WORDS) {
            if (startsWithAt(at, word[0])) {
                return true;
            }
        }
        return false;
    }

    private boolean startsBeforeWord(int at) {
        return beforeWordAt(at) != null;
    }

    /** The word at {@code at} that puts a date before (之前, 以前, 前), or null. */
    private String beforeWordAt(int at) {
        if (!mayStart(at, BEFORE_FIRSTS)) {
            return null;
        }
        for (String before : BEFORE_WORDS) {
            if (startsWithAt(at, before)) {
                return before;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    /** After the value only words may follow (完成, 响应): no digits, no comparators. */
    private void expectWordsOnly() {
        for (int i = pos; i < n; i++) {
            char c = s[i];
            if (isDigit(c) || isComparatorSign(c)) {
                pos = i;
                throw error("expected only words after the value");
            }
        }
        pos = n;
    }

    private void expect(char c, String message) {
        if (pos >= n || s[pos] != c) {
            throw error(message);
        }
        pos++;
    }

    private boolean startsWithAt(int at, String word) {
        if (at + word.length() > n) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (s[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private NotationParseException error(String message) {
        return new NotationParseException(message, original, originOf(Math.min(pos, n)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A date as forms write it: {@code 2021年底}, {@code 2021年12月} or {@code 2021年12月3日}. */
    static String formatDate(LocalDate date, DatePrecision precision) {
        switch (precision) {
            case YEAR:
                return date.getYear() + "年底";
            case MONTH:
                return date.getYear() + "年" + date.getMonthValue() + "月";
            default:
                return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
    }
}
