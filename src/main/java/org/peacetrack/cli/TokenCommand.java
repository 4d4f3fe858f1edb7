package org.peacetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.peacetrack.security.ApiTokenService;
import org.peacetrack.security.ApiTokenView;
import org.peacetrack.security.IssuedToken;
import org.peacetrack.security.TokenScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** API tokens from the command line, for an operator setting up a script: make, list, revoke. */
@Command(name = "token", description = {"Make, list or revoke an account's API tokens (the web page is "
        + "/account/tokens).", "  token create USER NAME [--scope READ|IMPORT]   prints the token once",
        "  token list USER", "  token revoke USER ID"})
final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    PeacetrackCli parent;

    @Parameters(index = "0", description = "create, list or revoke")
    String action;

    @Parameters(index = "1", description = "the account's user name")
    String username;

    @Parameters(index = "2", arity = "0..1", description = "create: the token's name; revoke: its id")
    String argument;

    @Option(names = "--scope", defaultValue = "READ", description = "READ (the default) or IMPORT")
    TokenScope scope;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Importer application = Importer.start(parent.application(), false)) {
            ApiTokenService tokens = application.bean(ApiTokenService.class);
            switch (action) {
                case "create" -> {
                    IssuedToken issued = tokens.create(username, required("a name"), scope);
                    out.printf("Token %d \"%s\" (%s) for %s, shown this once:%n%s%n", issued.token().id(),
                            issued.token().name(), issued.token().scope(), username, issued.secret());
                }
                case "list" -> tokens.list(username).forEach(t -> out.println(line(t)));
                case "revoke" -> out.println("Revoked: " + line(tokens.revoke(username, Long.parseLong(required("an id")))));
                default -> throw new IllegalArgumentException("Unknown action '" + action + "': create, list or revoke");
            }
        }
        out.flush();
        return 0;
    }

    private String required(String what) {
        if (argument == null || argument.isBlank()) {
            throw new IllegalArgumentException("token " + action + " needs " + what);
        }
        return argument;
    }

    private static String line(ApiTokenView t) {
        return t.id() + "\t" + t.name() + "\t" + t.scope() + "\tmade " + t.createdAt()
                + (t.revoked() ? "\trevoked " + t.revokedAt() : "");
    }
}
