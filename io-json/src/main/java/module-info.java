// SPDX-License-Identifier: Apache-2.0
/**
 * jixiao io-json: the Jackson module {@link io.github.jixiao.json.JixiaoModule} and the {@code json}
 * {@link io.github.jixiao.spi.FormFormat}, a lossless, documented JSON format of forms.
 */
module io.github.jixiao.json {
    requires transitive io.github.jixiao.core;
    // in the API: JixiaoModule is a databind Module, JsonFormat gives core's StreamReadConstraints and printer
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.jixiao.json;

    provides com.fasterxml.jackson.databind.Module with io.github.jixiao.json.JixiaoModule;
    provides io.github.jixiao.spi.FormFormat with io.github.jixiao.json.JsonFormat;
}
