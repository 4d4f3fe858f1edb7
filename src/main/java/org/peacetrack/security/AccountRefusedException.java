package org.peacetrack.security;

import org.peacetrack.i18n.CodedArgumentException;

/**
 * A request about an account that cannot be done: a weak password, a wrong old password, an unknown or
 * protected account. The message is English; pages show it in the reader's language through the code.
 */
public class AccountRefusedException extends CodedArgumentException {

    AccountRefusedException(String code, String english, Object... arguments) {
        super(code, english, arguments);
    }
}
