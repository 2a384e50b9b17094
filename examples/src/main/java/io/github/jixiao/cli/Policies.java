package io.github.jixiao.cli;

import io.github.jixiao.scoring.ScoringPolicy;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/**
 * The {@code --policy} names: {@code national}, {@code shenzhen}, {@code shanghai}, {@code twenty-point}, each a
 * preset of {@link ScoringPolicy}. Also the option's converter and its list of completion candidates.
 */
final class Policies implements CommandLine.ITypeConverter<ScoringPolicy>, Iterable<String> {

    static final List<String> NAMES = List.of("national", "shenzhen", "shanghai", "twenty-point");

    @Override
    public ScoringPolicy convert(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "national" -> ScoringPolicy.national();
            case "shenzhen" -> ScoringPolicy.shenzhen();
            case "shanghai" -> ScoringPolicy.shanghai();
            case "twenty-point" -> ScoringPolicy.twentyPointExecution();
            default -> throw new CommandLine.TypeConversionException(
                    "'" + name + "' is not a policy; choose one of " + String.join(", ", NAMES));
        };
    }

    @Override
    public Iterator<String> iterator() {
        return NAMES.iterator();
    }
}
