package org.peacetrack.i18n;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal whose message is English (logs, API) and which pages show in the reader's language through its
 * message code and arguments; without a code, pages show the English message. The plumbing every coded
 * refusal shares, whatever exception it extends.
 */
public interface CodedMessage extends MessageSourceResolvable {

    /** The message code in the bundles, or null where there is only the English message. */
    String code();

    /** The arguments the bundles' message takes. */
    Object[] arguments();

    /** The English message (the exception's own). */
    String getMessage();

    @Override
    default String[] getCodes() {
        return code() == null ? null : new String[] {code()};
    }

    @Override
    default Object[] getArguments() {
        return arguments();
    }

    @Override
    default String getDefaultMessage() {
        return getMessage();
    }
}
