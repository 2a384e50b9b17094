package io.github.jixiao.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The project a form evaluates (项目): 项目名称, 主管部门, 实施单位, and where the template has them the
 * project code, 项目负责人, 联系电话 and 项目金额 (Shenzhen's multi-year project amount).
 *
 * <p>Text is kept as written; a blank 主管部门 or 实施单位 is the empty string.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Project {

    Project() {
    }

    /** 项目名称. @return never null */
    public abstract String name();

    /** The project code where the form gives one. @return never null */
    public abstract Optional<String> code();

    /** 主管部门, the competent department (a name, or a code such as 0102013). @return never null */
    @Value.Default
    public String department() {
        return "";
    }

    /** 实施单位, the implementing unit. @return never null */
    @Value.Default
    public String implementingUnit() {
        return "";
    }

    /** 项目负责人. @return never null */
    public abstract Optional<String> lead();

    /** 联系电话. @return never null */
    public abstract Optional<String> phone();

    /** 项目金额, the project's total amount where printed (Shenzhen), not the annual budget. @return never null */
    public abstract Optional<Amount> amount();

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Project}; the name is required. */
    public static class Builder extends ImmutableProject.Builder {
        Builder() {
        }
    }
}
