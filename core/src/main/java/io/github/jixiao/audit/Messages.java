package io.github.jixiao.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The messages of findings, read once from {@code messages_zh.properties} and {@code messages_en.properties}
 * (UTF-8) beside this class. Placeholders {@code {0}}, {@code {1}} … are replaced by text as is: no locale
 * formatting, the values are already written as the form writes them.
 */
final class Messages {

    private static final Map<FindingCode, String> ZH = load("messages_zh.properties");
    private static final Map<FindingCode, String> EN = load("messages_en.properties");

    private Messages() {
    }

    /**
     * A finding with the code's severity and messages filled with {@code args}: a {@link Text} gives its Chinese
     * or English side, anything else its {@code toString()}.
     */
    static Finding finding(FindingCode code, String location, Optional<String> reported, Optional<String> computed,
            Object... args) {
        return new Finding(code.name(), code.severity(), location, reported, computed,
                fill(ZH.get(code), args, true), fill(EN.get(code), args, false));
    }

    /** A message argument in two languages. */
    record Text(String zh, String en) {
    }

    private static String fill(String pattern, Object[] args, boolean chinese) {
        StringBuilder sb = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close == i + 2 && Character.isDigit(pattern.charAt(i + 1))) {
                int n = pattern.charAt(i + 1) - '0';
                Object arg = n < args.length ? args[n] : "";
                sb.append(arg instanceof Text ? (chinese ? ((Text) arg).zh() : ((Text) arg).en()) : String.valueOf(arg));
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static Map<FindingCode, String> load(String resource) {
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
        Map<FindingCode, String> messages = new EnumMap<>(FindingCode.class);
        for (FindingCode code : FindingCode.values()) {
            String message = properties.getProperty(code.name());
            if (message == null) {
                throw new IllegalStateException(resource + " has no message for " + code.name());
            }
            messages.put(code, message);
        }
        return messages;
    }
}
