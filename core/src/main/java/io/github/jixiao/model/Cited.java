// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.util.Map;
import java.util.Optional;

/**
 * A part of a form that remembers where its values were printed (有出处): {@link #origins()} maps each printed
 * field to its {@link Origin}, such as 得分 → {@code shanghai.xlsx!表1!G14}. Origins are auxiliary: they take
 * no part in equality, hash codes or {@code toString()}.
 */
public interface Cited {

    /** Where each printed field came from; empty when unknown (a form built in code). @return never null */
    Map<Field, Origin> origins();

    /**
     * Where a field was printed.
     *
     * @param field the field, not null
     * @return the origin, or empty when unknown
     */
    default Optional<Origin> origin(Field field) {
        return Optional.ofNullable(origins().get(field));
    }
}
