// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.scoring.PolicyReadException;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code --policy} values: {@code auto} (each form by the preset its region uses, {@link PolicySelector#auto()}),
 * the name of any preset of {@link ScoringPolicy#presets()}, or a policy file ending in {@code .json}; and
 * {@code --policy-map}, a policy map whose rules come first. The option's converter and its completion candidates;
 * names are never listed here, they come from the presets in jixiao-core.
 */
final class Policies implements CommandLine.ITypeConverter<Policies.Given>, Iterable<String> {

    static final String AUTO = "auto";

    /**
     * What {@code --policy} says: {@code auto}, a preset's name, or a policy file.
     *
     * @param text as given
     * @param file the policy file, when one is given
     */
    record Given(String text, Optional<Path> file) {
    }


    @Override
    public Given convert(String value) {
        String name = value.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return new Given(value, Optional.of(Path.of(value)));
        }
        if (name.equals(AUTO) || ScoringPolicy.presets().contains(name)) {
            return new Given(name, Optional.empty());
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a policy; choose " + AUTO + ", one of "
                + String.join(", ", ScoringPolicy.presets()) + ", or a policy file ending in .json");
    }

    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>();
        names.add(AUTO);
        names.addAll(ScoringPolicy.presets());
        return names.iterator();
    }

    /**
     * The selector of {@code --policy} and {@code --policy-map}: the map's rules first (policy files it names are
     * relative to the map), then {@code --policy}.
     *
     * @throws Options.UnusableFile if a policy file or the map cannot be read or is not valid
     */
    static PolicySelector selector(Given policy, Path map) {
        PolicySelector base;
        if (policy.file().isPresent()) {
            try {
                base = PolicySelector.fixed(read(policy.file().get()));
            } catch (IOException e) {
                throw new Options.UnusableFile(policy.text() + ": " + e.getMessage(), e);
            }
        } else {
            base = policy.text().equals(AUTO) ? PolicySelector.auto()
                    : PolicySelector.fixed(ScoringPolicy.preset(policy.text()));
        }
        if (map == null) {
            return base;
        }
        Path folder = map.toAbsolutePath().getParent();
        try (Reader in = Files.newBufferedReader(map)) {
            return PolicySelector.mapping(in, file -> read(folder.resolve(file)), base);
        } catch (IllegalArgumentException e) {
            throw new Options.UnusableFile(map + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new Options.UnusableFile(map + ": " + why(e), e);
        }
    }

    /** Reads a policy file; the message of what goes wrong is one line: a pointer and a reason, or the failure. */
    private static ScoringPolicy read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ScoringPolicy.read(in);
        } catch (PolicyReadException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(why(e), e);
        }
    }

    private static String why(IOException e) {
        if (e instanceof PolicyReadException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
