// SPDX-License-Identifier: Apache-2.0
/** A module of a user of jixiao on the module path: it requires io-json alone (core and Jackson come with it). */
module jixiao.consumer {
    requires io.github.jixiao.json;
}
