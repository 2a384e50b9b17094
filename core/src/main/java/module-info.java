// SPDX-License-Identifier: Apache-2.0
/**
 * jixiao core: the model of a 项目支出绩效自评表 (with the notation parser of its values), scoring, the audit and the
 * {@link io.github.jixiao.spi.FormFormat} SPI. No I/O beyond the streams it is given.
 */
module io.github.jixiao.core {
    requires transitive java.money;
    requires java.logging;
    requires static org.immutables.value.annotations;

    exports io.github.jixiao.model;
    exports io.github.jixiao.scoring;
    exports io.github.jixiao.audit;
    exports io.github.jixiao.evaluation;
    exports io.github.jixiao.finding;
    exports io.github.jixiao.vocabulary;
    exports io.github.jixiao.spi;

    uses io.github.jixiao.spi.FormFormat;
}
