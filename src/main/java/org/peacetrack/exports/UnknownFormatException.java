package org.peacetrack.exports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A download asked for in a format that is not offered: the reader's mistake, answered 400. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnknownFormatException extends IllegalArgumentException {

    UnknownFormatException(String extension) {
        super("Unknown export format " + extension + " (csv, xlsx or json)");
    }
}
