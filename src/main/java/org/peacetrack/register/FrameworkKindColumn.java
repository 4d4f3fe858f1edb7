package org.peacetrack.register;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a framework's kind as its code, so that the rows and migrations written before the enum still read. */
@Converter
class FrameworkKindColumn implements AttributeConverter<FrameworkKind, String> {

    @Override
    public String convertToDatabaseColumn(FrameworkKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public FrameworkKind convertToEntityAttribute(String code) {
        return code == null ? null : FrameworkKind.ofCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown framework kind " + code + " in the database"));
    }
}
