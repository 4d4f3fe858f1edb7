package org.peacetrack.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A framework's kind is stored as the code it has always had, and only a known code reads back. */
class FrameworkKindTest {

    private final FrameworkKindColumn column = new FrameworkKindColumn();

    @Test
    void eachKindIsStoredAsItsCodeAndReadBackFromIt() {
        for (FrameworkKind kind : FrameworkKind.values()) {
            assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(kind))).isEqualTo(kind);
        }
        assertThat(column.convertToDatabaseColumn(FrameworkKind.C34_SESSION)).isEqualTo("C34_RECOMMENDATIONS");
        assertThat(column.convertToDatabaseColumn(FrameworkKind.A4P_THEMES)).isEqualTo("A4P_COMMITMENTS");
    }

    @Test
    void anUnknownCodeIsNoKind() {
        assertThat(FrameworkKind.ofCode("C34_SESSION")).as("the enum's name is not its code").isEmpty();
        assertThat(FrameworkKind.ofCode("ACTION_PLAN")).contains(FrameworkKind.ACTION_PLAN);
        assertThatThrownBy(() -> column.convertToEntityAttribute("SOMETHING_ELSE"))
                .isInstanceOf(IllegalStateException.class);
    }
}
