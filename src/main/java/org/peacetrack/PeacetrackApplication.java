package org.peacetrack;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PeacetrackApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeacetrackApplication.class, args);
    }
}
