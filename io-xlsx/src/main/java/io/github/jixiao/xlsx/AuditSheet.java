// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.xlsx.Styles.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The 审核 sheet: every finding of every form, one a row, with the header frozen and an autofilter.
 * Columns: 序号 (the form's number, as in its sheet name), 项目名称, 代码, 级别, 位置, 填报值, 核算值, 说明, Message.
 */
final class AuditSheet {

    static final String NAME = "审核";

    private static final String[] HEADERS = {"序号", "项目名称", "代码", "级别", "位置", "填报值", "核算值", "说明", "Message"};
    private static final double[] MIN_WIDTHS = {6, 20, 14, 6, 24, 10, 10, 40, 40};
    private static final double[] MAX_WIDTHS = {6, 40, 30, 6, 50, 16, 16, 60, 60};

    private final Grid grid;
    private int row = 1;

    AuditSheet(Worksheet sheet) {
        this.grid = new Grid(sheet, MIN_WIDTHS, MAX_WIDTHS);
        for (int col = 0; col < HEADERS.length; col++) {
            grid.text(0, col, HEADERS[col], Kind.LABEL);
        }
        sheet.freezePane(0, 1);
    }

    /** Lists the findings of the {@code number}th form. */
    void add(int number, String projectName, List<Finding> findings) {
        for (Finding finding : findings) {
            grid.number(row, 0, BigDecimal.valueOf(number), Kind.NUMBER);
            grid.text(row, 1, projectName, Kind.TEXT);
            grid.text(row, 2, finding.code(), Kind.VALUE);
            grid.text(row, 3, label(finding.severity()), Kind.VALUE);
            grid.text(row, 4, finding.location(), Kind.TEXT);
            grid.text(row, 5, finding.reported().orElse(""), Kind.VALUE);
            grid.text(row, 6, finding.computed().orElse(""), Kind.VALUE);
            grid.text(row, 7, Grid.clip(finding.messageZh()), Kind.TEXT);
            grid.text(row, 8, Grid.clip(finding.messageEn()), Kind.TEXT);
            row++;
        }
    }

    /** Fits the columns and sets the autofilter over the list. */
    void finish() {
        grid.finish();
        grid.sheet().setAutoFilter(0, 0, Math.max(0, row - 1), HEADERS.length - 1);
    }

    /** A finding in one line of a comment: {@code [错误] SCORE_MISMATCH 得分 2 与核算 1.50 不符（填报 2，核算 1.50）}. */
    static String describe(Finding finding) {
        StringBuilder text = new StringBuilder().append('[').append(label(finding.severity())).append("] ")
                .append(finding.code()).append(' ').append(finding.messageZh());
        if (finding.reported().isPresent() || finding.computed().isPresent()) {
            text.append("（填报 ").append(finding.reported().orElse("—")).append("，核算 ")
                    .append(finding.computed().orElse("—")).append('）');
        }
        return text.toString();
    }

    /** 错误, 警告 or 提示. */
    static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
