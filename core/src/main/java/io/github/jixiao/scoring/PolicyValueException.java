// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

/**
 * A value of a scoring policy that breaks a rule of its own ({@code goodFrom} above {@code excellentFrom}, a
 * negative tolerance), naming the key it is under so that a policy file can point at it: {@link PolicyFile} turns
 * {@code grades} + {@code goodFrom} into the JSON pointer {@code /grades/goodFrom}. To callers of the public
 * constructors it is an {@link IllegalArgumentException} like any other.
 */
final class PolicyValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    PolicyValueException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The key of the value at fault in its object, such as {@code goodFrom}. */
    String key() {
        return key;
    }
}
