// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the scoring policy of each form (选择评分规则): regions score by their own rules, so a batch from several
 * regions needs a policy per form. Selection happens once per form, before {@link Scorer#score}:
 *
 * <pre>{@code
 * PolicyChoice choice = PolicySelector.auto().choose(form, "forms/shanghai.xlsx");
 * ScoreCard card = Scorer.score(form, choice.policy());
 * choice.finding().ifPresent(findings::add);   // POLICY_GUESSED, INFO, when jixiao guessed
 * }</pre>
 *
 * <ul>
 *   <li>{@link #auto()} picks a preset from what the form shows, by the rules of the policy map {@code auto.txt}
 *       shipped beside the presets: a region named in its 主管部门, 实施单位, 项目名称 or title (上海市…, 深圳市…,
 *       上海市普陀区… — the longest name wins), then template features (a 项目金额 field, Shenzhen's; a 20-point
 *       execution block); else {@code national}. Its choices are {@linkplain PolicyChoice#guessed() guessed}.</li>
 *   <li>{@link #fixed(ScoringPolicy)} always gives one policy.</li>
 *   <li>{@link #mapping(Reader, Files, PolicySelector)} reads a policy map of the caller's (department text or
 *       source-path glob → preset name or policy file; format in {@code docs/policies.md}): a bureau fixes the
 *       choice for a batch, and forms no rule matches go to another selector, {@link #auto()} by default.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicySelector {

    /** Reads a policy file a map names, such as {@code rules/anhui.json} relative to the map. */
    @FunctionalInterface
    public interface Files {
        /**
         * Reads a policy file.
         *
         * @param file the file as the map names it, not null
         * @return the policy, never null
         * @throws IOException if it cannot be read ({@link PolicyReadException} if it is not a policy)
         */
        ScoringPolicy read(String file) throws IOException;
    }

    private static final PolicySelector AUTO = new PolicySelector(Auto.MAP, true, false, null, null);

    private final PolicyMap map;
    private final boolean guessed;
    /** Whether reasons name the map's line: a caller's map. */
    private final boolean numbered;
    private final PolicySelector otherwise;
    private final PolicyChoice fixed;

    private PolicySelector(PolicyMap map, boolean guessed, boolean numbered, PolicySelector otherwise,
            PolicyChoice fixed) {
        this.map = map;
        this.guessed = guessed;
        this.numbered = numbered;
        this.otherwise = otherwise;
        this.fixed = fixed;
    }

    /**
     * Chooses from what each form shows, by the rules of {@code auto.txt} (a policy map in the jar beside the
     * presets), falling back to {@code national}; every choice is a guess.
     *
     * @return never null
     */
    public static PolicySelector auto() {
        return AUTO;
    }

    /**
     * Always the same policy, not guessed: reason {@code 指定} / {@code set by the caller}.
     *
     * @param policy the policy, not null
     * @return never null
     */
    public static PolicySelector fixed(ScoringPolicy policy) {
        return new PolicySelector(null, false, false, null,
                new PolicyChoice(Objects.requireNonNull(policy, "policy"), "指定", "set by the caller", false,
                        Optional.empty()));
    }

    /**
     * A policy map whose rules name presets only; forms no rule matches are chosen by {@link #auto()}.
     *
     * @param in the map, read to its end, not closed
     * @return never null
     * @throws IOException if the map cannot be read
     * @throws IllegalArgumentException if a line is not a rule, or names an unknown kind, field or preset, or a
     *     policy file; the message starts with the line number
     */
    public static PolicySelector mapping(Reader in) throws IOException {
        return mapping(in, null, AUTO);
    }

    /**
     * A policy map (format in {@code docs/policies.md}): its rules decide, not guessed, with reasons such as
     * {@code 对照表第 3 行：主管部门“…”}; forms no rule matches are chosen by {@code otherwise}. Every policy file the
     * map names is read now, once.
     *
     * @param in the map, read to its end, not closed
     * @param files reads the policy files the map names (relative to the map, as the caller decides); null when
     *     only presets may be named
     * @param otherwise chooses for the forms no rule matches, such as {@link #auto()}; not null
     * @return never null
     * @throws IOException if the map or a policy file it names cannot be read; the message starts with the line
     * @throws IllegalArgumentException if a line is not a rule or names an unknown kind, field or preset; the message
     *     starts with the line number
     */
    public static PolicySelector mapping(Reader in, Files files, PolicySelector otherwise) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(otherwise, "otherwise");
        return new PolicySelector(PolicyMap.read(in, files), false, true, otherwise, null);
    }

    /**
     * The policy of a form read from an unnamed source: only path rules need the source.
     *
     * @param form the form, not null
     * @return never null
     */
    public PolicyChoice choose(SelfEvaluation form) {
        return choose(form, "");
    }

    /**
     * The policy of a form, and why.
     *
     * @param form the form, not null
     * @param source the path the form was read from, as the caller names it ({@code forms/shanghai.xlsx}), for
     *     path rules; empty when unknown; not null
     * @return never null
     */
    public PolicyChoice choose(SelfEvaluation form, String source) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(source, "source");
        if (fixed != null) {
            return fixed;
        }
        Optional<PolicyMap.Match> match = map.match(form, source);
        if (match.isPresent()) {
            PolicyMap.Match m = match.get();
            String zh = numbered ? "对照表第 " + m.rule().line() + " 行：" + m.reason() : m.reason();
            String en = numbered ? "map line " + m.rule().line() + ": " + m.reasonEn() : m.reasonEn();
            return new PolicyChoice(m.rule().policy(), zh, en, guessed, m.evidence());
        }
        if (otherwise != null) {
            return otherwise.choose(form, source);
        }
        return new PolicyChoice(ScoringPolicy.national(), "表中未见地区或模板特征，按国家规则",
                "no region or template feature on the form; national rules", true, Optional.<Origin>empty());
    }

    /** The rules of {@code --policy auto}, read once. */
    private static final class Auto {
        static final PolicyMap MAP = load();

        private static PolicyMap load() {
            try (InputStream in = PolicySelector.class.getResourceAsStream("presets/auto.txt")) {
                if (in == null) {
                    throw new IllegalStateException("Resource presets/auto.txt is missing from jixiao-core");
                }
                return PolicyMap.read(new InputStreamReader(in, StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read presets/auto.txt", e);
            }
        }
    }
}
