// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.vocabulary;

import java.util.Locale;

/**
 * A role a label plays on a form (标签含义), such as the 全年预算数 column or the 上年结转资金 line. The vocabulary
 * file lists each term's synonyms under its {@link #key()}, such as {@code funding.column.adjusted-budget}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Term {
    /** The form's title: 项目支出绩效自评表 and its regional names; matched anywhere in the text. */
    TITLE(Group.TITLE),

    /** 项目名称. */
    FIELD_NAME(Group.FIELD),
    /** 项目编码. */
    FIELD_CODE(Group.FIELD),
    /** 主管部门. */
    FIELD_DEPARTMENT(Group.FIELD),
    /** 实施单位. */
    FIELD_IMPLEMENTING_UNIT(Group.FIELD),
    /** 项目负责人. */
    FIELD_LEAD(Group.FIELD),
    /** 联系电话. */
    FIELD_PHONE(Group.FIELD),
    /** 项目金额 (Shenzhen's multi-year amount). */
    FIELD_PROJECT_AMOUNT(Group.FIELD),
    /** A fiscal-year field, such as 年度 or 评价年度. */
    FIELD_YEAR(Group.FIELD),
    /** A unit field, such as 单位 or 金额单位, whose value names 元 or 万元. */
    FIELD_AMOUNT_UNIT(Group.FIELD),

    /** The funding block's title: 项目资金, 资金情况, 预算执行情况. */
    FUNDING_TITLE(Group.FUNDING_TITLE),

    /** 年初预算数. */
    COLUMN_INITIAL_BUDGET(Group.FUNDING_COLUMN),
    /** 全年预算数, the denominator of 执行率. */
    COLUMN_ADJUSTED_BUDGET(Group.FUNDING_COLUMN),
    /** 全年执行数. */
    COLUMN_EXECUTED(Group.FUNDING_COLUMN),
    /** 执行率. */
    COLUMN_RATE(Group.FUNDING_COLUMN),

    /** 年度资金总额, the total line. */
    LINE_TOTAL(Group.FUNDING_LINE),
    /** 当年财政拨款. */
    LINE_CURRENT_APPROPRIATION(Group.FUNDING_LINE),
    /** 上年结转资金. */
    LINE_CARRYOVER(Group.FUNDING_LINE),
    /** 其他资金, or a named other source. */
    LINE_OTHER(Group.FUNDING_LINE),

    /** The annual goal block: 年度总体目标. */
    GOAL_TITLE(Group.GOAL),
    /** 预期目标. */
    GOAL_EXPECTED(Group.GOAL),
    /** 实际完成情况. */
    GOAL_ACTUAL(Group.GOAL),

    /** The indicator table's section label: 绩效指标, 年度绩效目标. */
    INDICATORS_TITLE(Group.INDICATORS_TITLE),

    /** 一级指标. */
    COLUMN_LEVEL1(Group.INDICATOR_COLUMN),
    /** 二级指标. */
    COLUMN_LEVEL2(Group.INDICATOR_COLUMN),
    /** 三级指标, the indicator's name. */
    COLUMN_LEVEL3(Group.INDICATOR_COLUMN),
    /** 年度指标值. */
    COLUMN_TARGET(Group.INDICATOR_COLUMN),
    /** 指标性质 (≥, ≤, =, 定性) of a target split over three columns. */
    COLUMN_NATURE(Group.INDICATOR_COLUMN),
    /** 度量单位 of a target split over three columns. */
    COLUMN_MEASURE_UNIT(Group.INDICATOR_COLUMN),
    /** 实际完成值. */
    COLUMN_ACTUAL(Group.INDICATOR_COLUMN),
    /** 分值, in the funding block and the indicator table. */
    COLUMN_WEIGHT(Group.INDICATOR_COLUMN),
    /** 得分, in the funding block and the indicator table. */
    COLUMN_SCORE(Group.INDICATOR_COLUMN),
    /** 偏差原因分析及改进措施. */
    COLUMN_NOTE(Group.INDICATOR_COLUMN),
    /** 改进措施, a column beside the 偏差原因 one. */
    COLUMN_MEASURES(Group.INDICATOR_COLUMN),
    /** A known column the model has no field for (备注, 复核分, 权重占比): kept under its header. */
    COLUMN_OTHER(Group.INDICATOR_COLUMN),
    /** A column a reviewer added beside the form (jixiao's 核算执行率, 核算得分): not the form's, passed over. */
    COLUMN_COMPUTED(Group.INDICATOR_COLUMN),

    /** 总分, the row that closes the indicator table. */
    CLOSING_TOTAL(Group.CLOSING),
    /** 评分等级 / 自评等级. */
    CLOSING_GRADE(Group.CLOSING),
    /** A remark row after the table: 其他需要说明事项, 注:, 填表人. */
    CLOSING_REMARK(Group.CLOSING),

    /** 产出指标, a level-1 indicator. */
    CATEGORY_OUTPUT(Group.CATEGORY),
    /** 效益指标. */
    CATEGORY_BENEFIT(Group.CATEGORY),
    /** 满意度指标. */
    CATEGORY_SATISFACTION(Group.CATEGORY),
    /** 成本指标 as a level-1 indicator (财预〔2021〕101号). */
    CATEGORY_COST(Group.CATEGORY),

    /** 生态环境成本指标, a level-2 indicator (2021+). The cost kinds come first: of two synonyms as long, a cost one wins. */
    SUBCATEGORY_ECO_ENVIRONMENTAL_COST(Group.SUBCATEGORY),
    /** 经济成本指标 (2021+). */
    SUBCATEGORY_ECONOMIC_COST(Group.SUBCATEGORY),
    /** 社会成本指标 (2021+). */
    SUBCATEGORY_SOCIAL_COST(Group.SUBCATEGORY),
    /** 成本指标 under 产出指标 (2020). */
    SUBCATEGORY_COST(Group.SUBCATEGORY),
    /** 数量指标. */
    SUBCATEGORY_QUANTITY(Group.SUBCATEGORY),
    /** 质量指标. */
    SUBCATEGORY_QUALITY(Group.SUBCATEGORY),
    /** 时效指标. */
    SUBCATEGORY_TIMELINESS(Group.SUBCATEGORY),
    /** 经济效益指标. */
    SUBCATEGORY_ECONOMIC_BENEFIT(Group.SUBCATEGORY),
    /** 社会效益指标. */
    SUBCATEGORY_SOCIAL_BENEFIT(Group.SUBCATEGORY),
    /** 生态效益指标. */
    SUBCATEGORY_ECOLOGICAL_BENEFIT(Group.SUBCATEGORY),
    /** 可持续影响指标. */
    SUBCATEGORY_SUSTAINABLE_IMPACT(Group.SUBCATEGORY),
    /** 服务对象满意度指标. */
    SUBCATEGORY_SERVICE_SATISFACTION(Group.SUBCATEGORY),

    /** A cell that holds no value and says the row does not apply: —, /, 无. */
    PLACEHOLDER(Group.PLACEHOLDER),
    /** A cell that holds no value and says it was left blank: 空, （空）, 未填写. */
    BLANK_MARK(Group.PLACEHOLDER),
    /** An indicator name left as the template printed it: 指标1:, ……. Digits are matched as {@code #}. */
    TEMPLATE_ROW(Group.TEMPLATE_ROW),
    /** A row of the indicator table that sums the rows above it: 产出指标小计, 分项合计. */
    SUBTOTAL_ROW(Group.SUBTOTAL),
    /** Instructions for filling in the form (填报说明), which name its labels but hold none of its values. */
    INSTRUCTIONS(Group.INSTRUCTIONS);

    private final Group group;

    Term(Group group) {
        this.group = group;
    }

    /** The group of labels this term is looked up among. @return never null */
    public Group group() {
        return group;
    }

    /**
     * The term's key in the vocabulary file: the name in lower case, the first underscore a dot and the others
     * hyphens, such as {@code column.adjusted-budget} for {@link #COLUMN_ADJUSTED_BUDGET}.
     *
     * @return never null
     */
    public String key() {
        String lower = name().toLowerCase(Locale.ROOT);
        int first = lower.indexOf('_');
        return first < 0 ? lower : lower.substring(0, first) + "." + lower.substring(first + 1).replace('_', '-');
    }

    /**
     * Where a term is looked up: the same text means different things in different places (合计 is a funding
     * line in the funding block and the 总分 row under the indicator table).
     */
    public enum Group {
        /** Titles, matched anywhere in the text. */
        TITLE(true),
        /** Header fields. */
        FIELD(false),
        /** The funding block's title. */
        FUNDING_TITLE(false),
        /** The funding block's column headers (and the shared 分值 and 得分). */
        FUNDING_COLUMN(false),
        /** The funding block's line labels. */
        FUNDING_LINE(false),
        /** The annual goal block. */
        GOAL(false),
        /** The indicator table's section label. */
        INDICATORS_TITLE(false),
        /** The indicator table's column headers. */
        INDICATOR_COLUMN(false),
        /** The rows after the indicator table. */
        CLOSING(false),
        /** Level-1 indicator labels (一级指标), matched anywhere in the text: {@code 一、产出指标(50分)}. */
        CATEGORY(true),
        /** Level-2 indicator labels (二级指标), matched anywhere in the text: {@code 服务对象满意度指标等}. */
        SUBCATEGORY(true),
        /** Cells that hold no value. */
        PLACEHOLDER(false),
        /** Indicator rows left as the template printed them. */
        TEMPLATE_ROW(false),
        /** Subtotal rows within the indicator table, matched anywhere in the text: {@code 产出指标小计}. */
        SUBTOTAL(true),
        /** A sheet's name or first cell saying it holds instructions, matched anywhere: {@code 自评表填报说明}. */
        INSTRUCTIONS(true);

        private final boolean anywhere;

        Group(boolean anywhere) {
            this.anywhere = anywhere;
        }

        /**
         * Whether a synonym of this group matches anywhere in a label (titles, 一级 and 二级 labels) rather than
         * at its start or as the whole label.
         *
         * @return true for {@link #TITLE}, {@link #CATEGORY}, {@link #SUBCATEGORY}, {@link #SUBTOTAL} and
         *     {@link #INSTRUCTIONS}
         */
        public boolean matchesAnywhere() {
            return anywhere;
        }
    }
}
