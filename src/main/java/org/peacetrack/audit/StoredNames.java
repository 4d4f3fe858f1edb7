package org.peacetrack.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.peacetrack.register.Transition;

/** The change log's action and subject columns hold the enums' names in lower case, as they always did. */
final class StoredNames {

    private StoredNames() {
    }

    @Converter
    static class OfTransition implements AttributeConverter<Transition, String> {

        @Override
        public String convertToDatabaseColumn(Transition transition) {
            return transition == null ? null : transition.logged();
        }

        @Override
        public Transition convertToEntityAttribute(String column) {
            return column == null ? null : Transition.valueOf(column.toUpperCase(Locale.ROOT));
        }
    }

    @Converter
    static class OfSubject implements AttributeConverter<Subject, String> {

        @Override
        public String convertToDatabaseColumn(Subject subject) {
            return subject == null ? null : subject.logged();
        }

        @Override
        public Subject convertToEntityAttribute(String column) {
            return column == null ? null : Subject.valueOf(column.toUpperCase(Locale.ROOT));
        }
    }
}
