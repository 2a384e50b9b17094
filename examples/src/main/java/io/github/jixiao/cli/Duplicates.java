// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.model.SelfEvaluation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The forms of a batch seen before (重复的自评表): the same form found in two files — the same project,
 * department, year and every printed value, wherever it was printed (origins take no part) — is counted once,
 * under the first place it was found, and the other places are listed beside it. Each form is remembered by a
 * SHA-256 digest of its value, 16 bytes kept, so a batch of 40,000 forms holds about 4 MB here. Not thread-safe:
 * fed from the thread that collects results.
 */
final class Duplicates {

    private record Key(long high, long low) {
    }

    private final Map<Key, Integer> seen = new HashMap<>();
    private final Map<Integer, List<String>> copies = new LinkedHashMap<>();
    private final MessageDigest sha256;

    Duplicates() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Whether the form was seen before: the number it was first seen under, or empty when it is new (it is then
     * remembered under {@code number}).
     */
    OptionalInt see(SelfEvaluation form, int number) {
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(form.toString().getBytes(StandardCharsets.UTF_8)));
        Integer first = seen.putIfAbsent(new Key(digest.getLong(), digest.getLong()), number);
        return first == null ? OptionalInt.empty() : OptionalInt.of(first);
    }

    /** Notes that the form first seen as {@code number} was found again at {@code source}. */
    void copy(int number, String source) {
        copies.computeIfAbsent(number, n -> new ArrayList<>()).add(source);
    }

    /** The later places of each form found more than once, by the number it was first seen under. */
    Map<Integer, List<String>> copies() {
        return copies;
    }

    /** How many forms were found again. */
    int count() {
        return copies.values().stream().mapToInt(List::size).sum();
    }
}
