// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A row printed around a form that the form's fields have no place for (备注): 其他需要说明事项,
 * 偏差大或目标未完成原因分析, 改进措施及结果应用方案, a 注 under the table, 附件1 above the title. Kept as
 * printed: a label and the text beside it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Remark implements Cited {

    Remark() {
    }

    /** The label as printed, such as 其他需要说明事项; may be empty. @return never null */
    @Value.Parameter
    public abstract String label();

    /** The text beside the label, cells joined by a space; may be empty. @return never null */
    @Value.Parameter
    public abstract String text();

    /** Where the label ({@link Field#LABEL}) was printed. @return never null */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /**
     * A remark.
     *
     * @param label the label as printed, not null
     * @param text the text beside it, not null
     * @return never null
     */
    public static Remark of(String label, String text) {
        return ImmutableRemark.of(label, text);
    }

    /**
     * A remark printed at a place.
     *
     * @param label the label as printed, not null
     * @param text the text beside it, not null
     * @param origin where the label was printed, not null
     * @return never null
     */
    public static Remark of(String label, String text, Origin origin) {
        return ImmutableRemark.builder().label(label).text(text).putOrigins(Field.LABEL, origin).build();
    }
}
