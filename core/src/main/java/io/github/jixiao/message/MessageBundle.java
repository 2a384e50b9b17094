// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.message;

import io.github.jixiao.finding.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Messages in Chinese and English (消息), one for each constant of an enum, read once from two UTF-8 resources beside
 * the class that owns them, {@code NAME_zh.properties} and {@code NAME_en.properties}, keyed by the constant's name.
 * Placeholders {@code {0}} … {@code {9}} are replaced by text as is: no locale formatting, the values are already
 * written as the form writes them. Each message is split at its placeholders once, when loaded, so that filling one
 * allocates little more than the message itself.
 *
 * <p>The audit's finding messages and the scorer's explanations are written from bundles. This package is not
 * exported from jixiao-core: it is not API.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the keys
 */
public final class MessageBundle<K extends Enum<K>> {

    /** Writes one argument of a message in the message's language. */
    @FunctionalInterface
    public interface Argument {
        /**
         * The text of an argument.
         *
         * @param value the argument, may be null
         * @param language the message's language, not null
         * @return the text to put in the message
         */
        String text(Object value, Language language);
    }

    /** The messages by key ordinal, Chinese then English. */
    private final Pattern[] zh;
    private final Pattern[] en;
    private final Argument argument;

    private MessageBundle(Pattern[] zh, Pattern[] en, Argument argument) {
        this.zh = zh;
        this.en = en;
        this.argument = argument;
    }

    /**
     * Reads the messages of every key.
     *
     * @param owner the class beside which the resources are, not null
     * @param name the resources' name before {@code _zh.properties} and {@code _en.properties}, not null
     * @param keys the keys, each of which must have a message in both, not null
     * @param argument writes the arguments, not null
     * @param <K> the keys
     * @return never null
     * @throws IllegalStateException if a resource is missing or lacks a key's message
     * @throws UncheckedIOException if a resource cannot be read
     */
    public static <K extends Enum<K>> MessageBundle<K> load(Class<?> owner, String name, Class<K> keys,
            Argument argument) {
        return new MessageBundle<>(load(owner, name + "_zh.properties", keys),
                load(owner, name + "_en.properties", keys), argument);
    }

    /**
     * A key's message in a language with its placeholders filled: placeholder {@code {i}} by
     * {@code args[i]} as the bundle's {@link Argument} writes it, by nothing when there is no {@code args[i]}.
     *
     * @param key the message, not null
     * @param language the language, not null
     * @param args the arguments
     * @return never null
     */
    public String text(K key, Language language, Object... args) {
        return (language == Language.CHINESE ? zh : en)[key.ordinal()].fill(args, language, argument);
    }

    /**
     * A message split at its placeholders: {@code pieces} holds the literal text, with null where argument
     * {@code slots[i]} goes.
     */
    private record Pattern(String[] pieces, int[] slots) {

        static Pattern parse(String message) {
            List<String> pieces = new ArrayList<>();
            int[] slots = new int[message.length() + 1];
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < message.length()) {
                char c = message.charAt(i);
                if (c == '{' && i + 2 < message.length() && message.charAt(i + 2) == '}'
                        && Character.isDigit(message.charAt(i + 1))) {
                    pieces.add(literal.toString());
                    literal.setLength(0);
                    slots[pieces.size()] = message.charAt(i + 1) - '0';
                    pieces.add(null);
                    i += 3;
                } else {
                    literal.append(c);
                    i++;
                }
            }
            pieces.add(literal.toString());
            return new Pattern(pieces.toArray(String[]::new), Arrays.copyOf(slots, pieces.size()));
        }

        /** The message with its placeholders filled, built at its exact size. */
        String fill(Object[] args, Language language, Argument argument) {
            String[] text = pieces.clone();
            for (int i = 0; i < text.length; i++) {
                if (text[i] == null) {
                    text[i] = slots[i] < args.length ? argument.text(args[slots[i]], language) : "";
                }
            }
            return String.join("", text);
        }
    }

    private static <K extends Enum<K>> Pattern[] load(Class<?> owner, String resource, Class<K> keys) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + resource + " is missing from jixiao-core");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        K[] constants = keys.getEnumConstants();
        Pattern[] messages = new Pattern[constants.length];
        for (K key : constants) {
            String message = properties.getProperty(key.name());
            if (message == null) {
                throw new IllegalStateException(resource + " has no message for " + key.name());
            }
            messages[key.ordinal()] = Pattern.parse(message);
        }
        return messages;
    }
}
