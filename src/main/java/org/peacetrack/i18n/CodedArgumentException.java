package org.peacetrack.i18n;

/**
 * Input that cannot be taken, with its message code: an {@link IllegalArgumentException}, so that the pages'
 * and the API's handlers of bad input answer it as such (a form shown again with the message, a 400).
 */
public abstract class CodedArgumentException extends IllegalArgumentException implements CodedMessage {

    private final String code;
    private final transient Object[] arguments;

    protected CodedArgumentException(String code, String english, Object... arguments) {
        super(english);
        this.code = code;
        this.arguments = arguments;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Object[] arguments() {
        return arguments;
    }
}
