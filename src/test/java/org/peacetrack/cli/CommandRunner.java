package org.peacetrack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.peacetrack.PeacetrackApplication;
import picocli.CommandLine;

/** Runs the command line in the test's JVM, keeping what it writes on standard output and error apart. */
final class CommandRunner {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command and answers its exit code. */
    int run(String... args) {
        CommandLine cli = PeacetrackCli.commandLine(PeacetrackApplication.class);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** All written on standard output so far. */
    String out() {
        return out.toString();
    }

    /** All written on standard error so far. */
    String err() {
        return err.toString();
    }

    /** Forgets standard output, so that the next command's is read alone. */
    void forgetOutput() {
        out.getBuffer().setLength(0);
    }

    /** Forgets standard error. */
    void forgetErrors() {
        err.getBuffer().setLength(0);
    }
}
