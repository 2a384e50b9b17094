// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** XML a little damaged, for the properties of the quick byte scanners that must agree with the XML parser. */
final class XmlMutations {

    private XmlMutations() {
    }

    /**
     * A part with one to three pieces inserted, or characters removed, anywhere or (every other time) just after a
     * tag, where text goes.
     *
     * @param xml the part as written
     * @param pieces what an insertion inserts
     */
    static Gen<String> of(String xml, List<String> pieces) {
        Gen<String> piece = Generate.pick(pieces);
        return in -> {
            StringBuilder mutated = new StringBuilder(xml);
            int count = Generate.range(1, 3).generate(in);
            for (int i = 0; i < count; i++) {
                int at = Generate.range(0, mutated.length()).generate(in);
                if (Generate.booleans().generate(in)) {
                    at = mutated.indexOf(">", at) + 1;
                }
                if (Generate.booleans().generate(in) || mutated.length() - at < 2) {
                    mutated.insert(at, piece.generate(in));
                } else {
                    mutated.delete(at, at + Generate.range(1, 2).generate(in));
                }
            }
            return mutated.toString();
        };
    }
}
