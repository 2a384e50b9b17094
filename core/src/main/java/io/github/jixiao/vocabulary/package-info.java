// SPDX-License-Identifier: Apache-2.0
/**
 * The layout vocabulary (版式词表): the labels forms are recognised by, as data. {@link
 * io.github.jixiao.vocabulary.Vocabulary#defaults()} reads the documented {@code vocabulary.txt} shipped beside
 * it; users add their province's synonyms in a file of the same format.
 */
package io.github.jixiao.vocabulary;
