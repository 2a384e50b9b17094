/**
 * The notation parser: what people write in 年度指标值 and 实际完成值 cells, read into
 * {@link io.github.jixiao.model.Target} and {@link io.github.jixiao.model.Actual} values.
 *
 * <p>{@link io.github.jixiao.notation.Notation} is the entry point. Lenient parsing never throws on text:
 * what is not understood is kept with the reason. Strict parsing of a {@link io.github.jixiao.model.Quantity}
 * throws {@link io.github.jixiao.notation.NotationParseException} with the offset where reading stopped.
 */
package io.github.jixiao.notation;
