// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.vocabulary.Term;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a form's title area and header fields (表头): the title and the fiscal year above the 项目名称 row, then
 * label–value pairs (项目名称, 主管部门, 实施单位 …), whether the value sits in the next cell, after a colon in the
 * label's own cell ({@code 填报单位：某局}) or, for a row of labels only, in the cell below each label. Labels the
 * vocabulary does not know are kept with their values in {@link Project#otherFields()}; a lone cell of the title
 * area ({@code 附件1}) becomes a remark. Without a title label, the title area's first cell is the title.
 */
final class HeaderReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
    private static final Pattern BARE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
    private static final Pattern CODE_PREFIX =
            Pattern.compile("([0-9A-Za-z]{12,})\\s*[-－—_]\\s*(\\S.*)", Pattern.DOTALL);
    /** A code in brackets before the name: {@code （2023-0156）静宁县苹果产业提升项目}, {@code [G2023001]…}. */
    private static final Pattern BRACKETED_CODE_PREFIX =
            Pattern.compile("[（(【\\[]\\s*((?=[0-9A-Za-z-]*[0-9])[0-9A-Za-z-]{4,})\\s*[）)】\\]]\\s*(\\S.*)", Pattern.DOTALL);
    private static final Pattern LEAD_AND_PHONE =
            Pattern.compile("(.*?)[\\s,，;；/、:：]*((?:\\+?86[-\\s]?)?[0-9][0-9\\-－\\s]{5,}[0-9].*)", Pattern.DOTALL);
    /** A label and its value in one cell: at most 12 characters before a colon. */
    private static final Pattern INLINE = Pattern.compile("\\s*([^:：]{1,12}?)\\s*[:：]\\s*(\\S.*)", Pattern.DOTALL);
    /** Another label and colon in an inline value, after white space or a separator: 项目名称：X  主管部门：Y. */
    private static final Pattern NEXT_INLINE = Pattern.compile("[\\s,，;；、]+([^\\s:：,，;；、]{1,12})\\s*[:：]\\s*");
    /** Fields whose blank value matters enough for a warning. */
    private static final List<Term> NEEDED = List.of(Term.FIELD_NAME, Term.FIELD_DEPARTMENT, Term.FIELD_IMPLEMENTING_UNIT);

    private final Context context;
    private final Labels labels;
    private final Project.Builder project = Project.builder();
    private final Map<Term, String> fields = new EnumMap<>(Term.class);
    private final Map<Term, GridCell> fieldLabels = new EnumMap<>(Term.class);
    private String title;
    private Year year;
    private AmountUnit unit;
    private BigDecimal projectAmount;

    HeaderReader(Context context) {
        this.context = context;
        this.labels = context.labels();
    }

    /** Reads the title area (rows above the anchor) and the header rows into the form. */
    void read(List<GridRow> titleArea, List<GridRow> header, SelfEvaluation.Builder form) {
        GridCell unlabelledTitle = unlabelledTitle(titleArea);
        for (GridRow row : titleArea) {
            row(row, true, unlabelledTitle, form);
        }
        for (int r = 0; r < header.size(); r++) {
            GridRow row = header.get(r);
            if (r + 1 < header.size() && valuesBelow(row, header.get(r + 1))) {
                for (GridCell label : row.cells()) {
                    assign(labels.term(label, Term.Group.FIELD).orElseThrow(), label,
                            cellAt(header.get(r + 1), label.column()), form);
                }
                r++;
            } else {
                row(row, false, null, form);
            }
        }
        for (Term needed : NEEDED) {
            if (fieldLabels.containsKey(needed) && !fields.containsKey(needed)) {
                GridCell label = fieldLabels.get(needed);
                context.info("READ_FIELD_BLANK", valuePlace(label), "“" + label.text() + "”未填写",
                        "\"" + Finding.echo(label.text()) + "\" is blank");
            }
        }
        if (!fieldLabels.containsKey(Term.FIELD_NAME)) {
            context.warn("READ_NAME_MISSING", context.at(context.region().anchor(), context.region().left()),
                    "未找到“项目名称”", "no 项目名称 is printed; the project's name is blank");
        }
        nameAndCode();
        leadAndPhone();
        field(Term.FIELD_DEPARTMENT).ifPresent(project::department);
        field(Term.FIELD_IMPLEMENTING_UNIT).ifPresent(project::implementingUnit);
        if (year != null) {
            form.year(year);
        }
    }

    /** The unit a header field or the title area names (金额单位：万元), if any. */
    Optional<AmountUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /** The project, with 项目金额 in its label's unit, else in the funding block's. */
    Project project(AmountUnit fundingUnit) {
        if (projectAmount != null) {
            GridCell label = fieldLabels.get(Term.FIELD_PROJECT_AMOUNT);
            AmountUnit amountUnit = AmountUnit.find(label.text()).orElse(fundingUnit);
            project.amount(new Amount(projectAmount, amountUnit));
        }
        return project.build();
    }

    /**
     * A title the vocabulary does not know ({@code 道路养护项目绩效评价}): with no title label in the title area, its
     * first cell, unless that is a field, a number or the year.
     */
    private GridCell unlabelledTitle(List<GridRow> titleArea) {
        for (GridRow row : titleArea) {
            for (GridCell cell : row.cells()) {
                if (labels.isAny(cell, Term.Group.TITLE)) {
                    return null;
                }
            }
        }
        if (titleArea.isEmpty()) {
            return null;
        }
        GridCell first = titleArea.get(0).cells().get(0);
        boolean other = first.number().isPresent() || isLabel(first) || INLINE.matcher(first.text()).matches()
                || first.text().strip().length() <= 12 && YEAR.matcher(first.text()).find();
        return other ? null : first;
    }

    private void row(GridRow row, boolean titleArea, GridCell unlabelledTitle, SelfEvaluation.Builder form) {
        List<GridCell> cells = row.cells();
        int i = 0;
        while (i < cells.size()) {
            GridCell cell = cells.get(i);
            GridCell next = i + 1 < cells.size() ? cells.get(i + 1) : null;
            if (cell == unlabelledTitle || title == null && labels.isAny(cell, Term.Group.TITLE)) {
                title = cell.text();
                form.title(title).putOrigins(Field.TITLE, context.at(cell));
                yearIn(cell, form, YEAR);
                i++;
                continue;
            }
            Optional<Term> term = labels.term(cell, Term.Group.FIELD);
            if (term.isPresent() && cell.number().isEmpty()) {
                boolean paired = next != null && !isLabel(next);
                assign(term.get(), cell, paired ? next : null, form);
                i += paired ? 2 : 1;
                continue;
            }
            Matcher inline = INLINE.matcher(cell.text());
            if (cell.number().isEmpty() && inline.matches()) {
                for (String[] pair : inlinePairs(inline.group(1), inline.group(2))) {
                    Optional<Term> inlineTerm = labels.termOf(pair[0], Term.Group.FIELD);
                    if (inlineTerm.isPresent()) {
                        assignText(inlineTerm.get(), cell, pair[1], form);
                    } else {
                        project.putOtherFields(pair[0], pair[1]);
                    }
                }
                i++;
                continue;
            }
            if (titleArea && yearIn(cell, form, YEAR) && cell.text().strip().length() <= 12) {
                i++;
                continue;
            }
            if (next != null && !isLabel(next) && !labels.isAny(next, Term.Group.TITLE)) {
                project.putOtherFields(cell.text(), next.text());
                i += 2;
            } else {
                if (titleArea) {
                    form.addRemarks(Remark.of(cell.text(), "", context.at(cell)));
                } else {
                    project.putOtherFields(cell.text(), "");
                }
                i++;
            }
        }
    }

    /**
     * Whether a row is field labels only (two or more: 项目名称 | 主管部门 | 实施单位) with their values in the row
     * below, which holds no label.
     */
    private boolean valuesBelow(GridRow row, GridRow below) {
        return row.cells().size() >= 2 && row.cells().stream().allMatch(this::isLabel)
                && below.cells().stream().noneMatch(this::isLabel);
    }

    /** The cell of a row that starts at a column, or null. */
    private static GridCell cellAt(GridRow row, int column) {
        for (GridCell cell : row.cells()) {
            if (cell.column() == column) {
                return cell;
            }
        }
        return null;
    }

    private boolean isLabel(GridCell cell) {
        return cell.number().isEmpty() && labels.isAny(cell, Term.Group.FIELD);
    }

    private boolean yearIn(GridCell cell, SelfEvaluation.Builder form, Pattern pattern) {
        Matcher m = pattern.matcher(cell.text());
        if (year == null && m.find()) {
            year = Year.of(Integer.parseInt(m.group(1)));
            form.putOrigins(Field.YEAR, context.at(cell));
            return true;
        }
        return false;
    }

    private void assign(Term term, GridCell label, GridCell value, SelfEvaluation.Builder form) {
        if (fieldLabels.containsKey(term)) {
            project.putOtherFields(label.text(), value == null ? "" : value.text());
            return;
        }
        fieldLabels.put(term, label);
        if (value == null) {
            return;
        }
        assignText(term, value, value.text(), form);
    }

    /**
     * The label–value pairs of one cell: the first label and its value, the value cut where another field's label
     * and colon follow white space or a separator ({@code 项目名称：某工程    主管部门：某局} is two fields).
     */
    private List<String[]> inlinePairs(String label, String rest) {
        List<String[]> pairs = new ArrayList<>(1);
        String current = label;
        int start = 0;
        Matcher next = NEXT_INLINE.matcher(rest);
        while (next.find()) {
            if (labels.termOf(next.group(1), Term.Group.FIELD).isPresent()) {
                pairs.add(new String[] {current, rest.substring(start, next.start()).strip()});
                current = next.group(1);
                start = next.end();
            }
        }
        pairs.add(new String[] {current, rest.substring(start).strip()});
        return pairs;
    }

    /** A field's value, from a cell of its own or after the colon of an inline label. */
    private void assignText(Term term, GridCell cell, String text, SelfEvaluation.Builder form) {
        fieldLabels.putIfAbsent(term, cell);
        Field field = modelField(term);
        switch (term) {
            case FIELD_YEAR -> {
                Matcher m = BARE_YEAR.matcher(text.strip());
                if (year == null && m.matches()) {
                    year = Year.of(Integer.parseInt(m.group(1)));
                    form.putOrigins(Field.YEAR, context.at(cell));
                } else {
                    project.putOtherFields(fieldLabels.get(term).text(), text);
                }
            }
            case FIELD_AMOUNT_UNIT -> {
                Optional<AmountUnit> found = AmountUnit.find(text);
                if (found.isPresent()) {
                    unit = found.get();
                } else {
                    project.putOtherFields(fieldLabels.get(term).text(), text);
                }
            }
            case FIELD_PROJECT_AMOUNT -> {
                Optional<BigDecimal> number = Numbers.of(cell);
                if (number.isPresent()) {
                    projectAmount = number.get();
                    project.putOrigins(Field.PROJECT_AMOUNT, context.at(cell));
                } else if (!text.isBlank() && !labels.isPlaceholder(cell)) {
                    context.warn("READ_AMOUNT_NOT_A_NUMBER", context.at(cell), "项目金额“" + text + "”不是数值，未读取",
                            "项目金额 \"" + Finding.echo(text) + "\" is not a number; it is kept under other fields");
                    project.putOtherFields(fieldLabels.get(term).text(), text);
                }
            }
            default -> {
                if (!text.isBlank()) {
                    fields.put(term, text);
                    project.putOrigins(field, context.at(cell));
                }
            }
        }
    }

    private Optional<String> field(Term term) {
        return Optional.ofNullable(fields.get(term));
    }

    private static Field modelField(Term term) {
        return switch (term) {
            case FIELD_CODE -> Field.CODE;
            case FIELD_DEPARTMENT -> Field.DEPARTMENT;
            case FIELD_IMPLEMENTING_UNIT -> Field.IMPLEMENTING_UNIT;
            case FIELD_LEAD -> Field.LEAD;
            case FIELD_PHONE -> Field.PHONE;
            case FIELD_PROJECT_AMOUNT -> Field.PROJECT_AMOUNT;
            case FIELD_YEAR -> Field.YEAR;
            default -> Field.NAME;
        };
    }

    /**
     * The name, and the code: from 项目编码, or from a code prefixed to the name as Sichuan prints it
     * ({@code 51092324T000010263357-某项目}), which is split off and said so.
     */
    private void nameAndCode() {
        String name = fields.get(Term.FIELD_NAME);
        Optional<String> code = field(Term.FIELD_CODE);
        if (name == null) {
            code.ifPresent(project::code);
            return;
        }
        Matcher prefixed = CODE_PREFIX.matcher(name);
        if (!prefixed.matches()) {
            prefixed = BRACKETED_CODE_PREFIX.matcher(name);
        }
        if (code.isEmpty() && prefixed.matches()) {
            project.code(prefixed.group(1)).name(prefixed.group(2));
            context.info("READ_CODE_IN_NAME", project.build().origin(Field.NAME).orElseThrow(),
                    "项目名称以项目编码开头，拆分为编码“" + prefixed.group(1) + "”和名称",
                    "the 项目名称 starts with a project code; it is split into the code \"" + prefixed.group(1)
                            + "\" and the name");
            return;
        }
        project.name(name);
        code.ifPresent(project::code);
    }

    /** 项目负责人 and 联系电话; under one label 项目负责人及电话 the value is split at the phone number. */
    private void leadAndPhone() {
        Optional<String> lead = field(Term.FIELD_LEAD);
        GridCell leadLabel = fieldLabels.get(Term.FIELD_LEAD);
        if (lead.isPresent() && !fields.containsKey(Term.FIELD_PHONE) && leadLabel.text().contains("电话")) {
            Matcher both = LEAD_AND_PHONE.matcher(lead.get());
            if (both.matches()) {
                project.lead(both.group(1)).phone(both.group(2));
                project.build().origin(Field.LEAD).ifPresent(at -> project.putOrigins(Field.PHONE, at));
                return;
            }
        }
        lead.ifPresent(project::lead);
        field(Term.FIELD_PHONE).ifPresent(project::phone);
    }

    /** Where a label's value would be: the first column after the label and its merge. */
    private io.github.jixiao.model.Origin valuePlace(GridCell label) {
        int last = context.region().grid().mergeAt(label.row(), label.column()).map(CellRange::lastColumn)
                .orElse(label.column());
        return context.at(label.row(), last + 1);
    }
}
