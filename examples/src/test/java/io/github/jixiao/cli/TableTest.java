// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TableTest {

    static Stream<Arguments> widths() {
        return Stream.of(
                Arguments.of("abc", 3),
                Arguments.of("岗位薪酬信息采集量", 18),                // CJK ideographs: 2 each
                Arguments.of("≥120.00(万条/月)", 16),                 // ≥ is ambiguous: narrow
                Arguments.of("（自评 ９）", 11),                       // full-width brackets and digit
                Arguments.of("产出指标 › 数量指标", 19),               // › is narrow
                Arguments.of("、。「」", 8),                            // CJK punctuation
                Arguments.of("e\u0301", 1),                            // combining accent takes no column
                Arguments.of("𠀋", 2),                                 // CJK extension B, outside the BMP
                Arguments.of("한국", 4),                               // hangul
                Arguments.of("", 0));
    }

    @ParameterizedTest
    @MethodSource
    void widths(String text, int columns) {
        assertThat(Table.width(text)).isEqualTo(columns);
    }

    @Test
    void columnsLineUpByDisplayWidthWithChineseText() {
        String table = new Table(List.of(
                new Table.Column("三级指标", Table.Align.LEFT, 30),
                new Table.Column("分值", Table.Align.RIGHT, 8)))
                .row("岗位薪酬信息采集量", "15")
                .row("Users", "5.5")
                .render(Colours.NONE);

        assertThat(table).isEqualTo("""
                三级指标            分值
                ──────────────────  ────
                岗位薪酬信息采集量    15
                Users                5.5
                """);
        assertThat(table.lines().skip(2)).allSatisfy(line -> assertThat(Table.width(line)).isEqualTo(24));
    }

    @Test
    void cellsWiderThanTheirColumnAreCutWithAnEllipsisOnAWholeCharacter() {
        String table = new Table(List.of(new Table.Column("三级指标", Table.Align.LEFT, 9),
                new Table.Column("x", Table.Align.LEFT, 2)))
                .row("合同签订后至完成系统开发", "y")
                .render(Colours.NONE);

        assertThat(table.lines().toList().get(2)).isEqualTo("合同签订…  y");
        assertThat(Table.fit("合同签订", 9)).isEqualTo("合同签订");
        assertThat(Table.fit("合同签订后", 9)).isEqualTo("合同签订…");
    }

    @Test
    void lineBreaksInACellBecomeSpaces() {
        assertThat(Table.fit("达成\n指标", 20)).isEqualTo("达成 指标");
    }

    @Test
    void coloursDoNotMoveTheColumns() {
        Table table = new Table(List.of(new Table.Column("a", Table.Align.LEFT, 10),
                new Table.Column("b", Table.Align.RIGHT, 10)))
                .row(List.of(new Table.Cell("未达成", Style.ERROR), new Table.Cell("4.50", Style.ERROR)));

        String plain = table.render(Colours.NONE);
        String coloured = table.render(Colours.ANSI);

        assertThat(coloured).contains("\u001b[1;31m未达成\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        Table table = new Table(List.of(new Table.Column("a", Table.Align.LEFT, 10)));

        assertThatIllegalArgumentException().isThrownBy(() -> table.row("1", "2"))
                .withMessage("row has 2 cells; the table has 1 columns");
    }
}
