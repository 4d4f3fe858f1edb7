package org.peacetrack.security;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request about an account that cannot be done: a weak password, a wrong old password, an unknown or
 * protected account. The message is English; pages show it in the reader's language through the code.
 */
public class AccountRefusedException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    AccountRefusedException(String code, String english, Object... arguments) {
        super(english);
        this.code = code;
        this.arguments = arguments;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
