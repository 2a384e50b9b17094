// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.report;

import io.github.jixiao.finding.Language;
import java.util.Map;
import java.util.Objects;

/**
 * The names people read for the scoring presets (评分规则名称): {@code national} is 全国通用（财预〔2020〕10号）,
 * {@code shenzhen} 深圳市, {@code shanghai} 上海市, {@code twenty-point} 执行率20分（云南保山、湖北）. A policy
 * of another name is shown by that name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyNames {

    private static final Map<String, String[]> NAMES = Map.of(
            "national", new String[] {"全国通用（财预〔2020〕10号）", "national (财预〔2020〕10号)"},
            "shenzhen", new String[] {"深圳市", "Shenzhen"},
            "shanghai", new String[] {"上海市", "Shanghai"},
            "putuo", new String[] {"上海市普陀区", "Shanghai Putuo"},
            "twenty-point", new String[] {"执行率20分（云南保山、湖北）", "20-point execution (Baoshan, Hubei)"});

    private PolicyNames() {
    }

    /**
     * The name of a policy for people.
     *
     * @param policy the policy's short name, such as {@code national}, not null
     * @param language the language
     * @return never null
     */
    public static String of(String policy, Language language) {
        String[] names = NAMES.get(Objects.requireNonNull(policy, "policy"));
        return names == null ? policy : names[language == Language.CHINESE ? 0 : 1];
    }
}
