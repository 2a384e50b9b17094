package io.github.jixiao.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text in two languages, written once per language when first asked for. */
class LazyTextTest {

    @Test
    void eachLanguageIsWrittenOnceWhenFirstAskedFor() {
        List<Boolean> calls = new ArrayList<>();
        LazyText text = LazyText.of(chinese -> {
            calls.add(chinese);
            return chinese ? "达成" : "met";
        });
        assertThat(calls).isEmpty();
        assertThat(text.en()).isEqualTo("met");
        assertThat(text.en()).isSameAs(text.text(false));
        assertThat(text.zh()).isEqualTo("达成");
        assertThat(text.text(true)).isEqualTo("达成");
        assertThat(calls).containsExactly(false, true);
    }

    @Test
    void aWrittenTextIsKeptAsGivenAndNullIsNamed() {
        LazyText text = LazyText.of("达成", "met");
        assertThat(text.zh()).isEqualTo("达成");
        assertThat(text.en()).isEqualTo("met");
        assertThatNullPointerException().isThrownBy(() -> LazyText.of(null, "met")).withMessage("zh");
        assertThatNullPointerException().isThrownBy(() -> LazyText.of("达成", null)).withMessage("en");
    }
}
