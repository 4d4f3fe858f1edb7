package org.peacetrack;

import org.peacetrack.cli.PeacetrackCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the web application, or runs a CLI command when the first argument names one. */
@SpringBootApplication
public class PeacetrackApplication {

    public static void main(String[] args) {
        if (PeacetrackCli.handles(args)) {
            System.exit(PeacetrackCli.run(PeacetrackApplication.class, args));
        }
        SpringApplication.run(PeacetrackApplication.class, args);
    }
}
