// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.fixtures.SeedForms;
import org.junit.jupiter.api.Test;

/** The expectations of the end-to-end tests are what the seeds say. */
class ExpectedFormsTest {

    @Test
    void aSeedFormReadsAsItselfAndNotAsAnother() {
        assertThat(ExpectedForms.seeds("shenzhen")).hasSize(9);
        assertThat(ExpectedForms.seeds("shanghai")).hasSize(6);
        ExpectedForms.assertReadsAs(SeedForms.beijing(), ExpectedForms.seeds("beijing").get(0));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ExpectedForms.assertReadsAs(
                SeedForms.shenzhen().get(1), ExpectedForms.seeds("shenzhen").get(0)));
    }
}
