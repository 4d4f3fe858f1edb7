package org.peacetrack.workflow;

import org.peacetrack.i18n.CodedArgumentException;

/** Input the workflow cannot take (an unknown entity, an unknown item); the message says what to correct. */
public class InvalidInputException extends CodedArgumentException {

    InvalidInputException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
