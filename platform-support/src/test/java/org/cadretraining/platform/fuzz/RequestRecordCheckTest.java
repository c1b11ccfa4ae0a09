package org.cadretraining.platform.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

class RequestRecordCheckTest {
    record Bounded(@NotBlank @Size(max = 120) String name, UUID unitId, @Size(max = 10) List<@Size(max = 40) String> tags,
                   @Size(max = 5) List<Inner> inners, @Size(max = 3) Set<Level> levels) {
    }

    record Inner(@Size(max = 200) String note, int count) {
    }

    enum Level { A, B }

    record Unbounded(String name, @Size(min = 1) String atLeastOne, List<@Size(max = 5) String> listWithoutMax,
                     @Size(max = 3) List<String> itemsWithoutMax, Inner fine, Loose loose, java.util.Map<String, String> anything) {
    }

    record Loose(@NotBlank String text) {
    }

    @Test
    void aRecordWhoseStringsAndListsAreAllBoundedPasses() {
        assertThat(RequestRecordCheck.unbounded(Bounded.class)).isEmpty();
    }

    @Test
    void everyUnboundedStringListAndFreeShapeIsNamed() {
        assertThat(RequestRecordCheck.unbounded(Unbounded.class)).containsExactlyInAnyOrder(
                "Unbounded.name (a String)",
                "Unbounded.atLeastOne (a String)",
                "Unbounded.listWithoutMax (a List)",
                "Unbounded.itemsWithoutMax[] (a String)",
                "Unbounded.loose.text (a String)",
                "Unbounded.anything (a Map: any shape at all)");
    }

    @Test
    void theChecksFindsTheRequestBodiesOfTheControllersUnderAPackage() {
        // The probe service of this module: a strict request, and a lax one the check must refuse.
        assertThat(RequestRecordCheck.requestBodies("org.cadretraining.platform.securitytest"))
                .extracting(Class::getSimpleName).contains("Registration", "LaxRegistration", "Body");
        assertThat(RequestRecordCheck.unbounded("org.cadretraining.platform.securitytest"))
                .contains("LaxRegistration.name (a String)", "Body.name (a String)")
                .noneMatch(found -> found.startsWith("Registration."));
        assertThatThrownBy(() -> RequestRecordCheck.assertBounded("org.cadretraining.platform.securitytest"))
                .hasMessageContaining("LaxRegistration.name (a String)");
    }
}
