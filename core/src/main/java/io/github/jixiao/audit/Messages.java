package io.github.jixiao.audit;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.model.Origin;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.scoring.Explanation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Optional;
import java.util.Properties;

/**
 * The messages of findings, read once from {@code messages_zh.properties} and {@code messages_en.properties}
 * (UTF-8) beside this class. Placeholders {@code {0}}, {@code {1}} … are replaced by text as is: no locale
 * formatting, the values are already written as the form writes them. Each message is split at its
 * placeholders once, when the class loads, so that filling one allocates little more than the message itself.
 */
final class Messages {

    private static final Map<FindingCode, Pattern> ZH = load("messages_zh.properties");
    private static final Map<FindingCode, Pattern> EN = load("messages_en.properties");

    private Messages() {
    }

    /**
     * A finding with the code's severity, the cell it cites (null when unknown), the values reported and computed
     * (null where none applies) and messages
     * filled with {@code args}, all written when read: an {@link Explanation} gives its Chinese or English text,
     * any other value the text {@link Finding#text} gives it.
     */
    static Finding finding(FindingCode code, String location, Origin origin, Object reported, Object computed,
            Object... args) {
        return Finding.written(code.name(), code.severity(), location, Optional.ofNullable(origin), reported,
                computed, chinese -> (chinese ? ZH : EN).get(code).fill(args, chinese));
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
        String fill(Object[] args, boolean chinese) {
            String[] text = pieces.clone();
            for (int i = 0; i < text.length; i++) {
                if (text[i] == null) {
                    Object arg = slots[i] < args.length ? args[slots[i]] : "";
                    text[i] = arg instanceof Explanation ? ((Explanation) arg).text(chinese ? Language.CHINESE : Language.ENGLISH) : Finding.text(arg);
                }
            }
            return String.join("", text);
        }
    }

    private static Map<FindingCode, Pattern> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + resource + " is missing from jixiao-core");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        Map<FindingCode, Pattern> messages = new EnumMap<>(FindingCode.class);
        for (FindingCode code : FindingCode.values()) {
            String message = properties.getProperty(code.name());
            if (message == null) {
                throw new IllegalStateException(resource + " has no message for " + code.name());
            }
            messages.put(code, Pattern.parse(message));
        }
        return messages;
    }
}
