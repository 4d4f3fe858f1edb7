package org.peacetrack.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation creates the administrator (password from peacetrack.security.admin-password,
 * or a random one printed once in the log), and, where peacetrack.security.demo-accounts is true, one
 * account per role for trying the workflow.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    static final String DEMO_PASSWORD = "peacetrack-demo";

    private final AccountService accounts;
    private final String adminPassword;
    private final boolean demoAccounts;

    AccountBootstrap(AccountService accounts, @Value("${peacetrack.security.admin-password:}") String adminPassword,
            @Value("${peacetrack.security.demo-accounts:false}") boolean demoAccounts) {
        this.accounts = accounts;
        this.adminPassword = adminPassword;
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.find("admin").isEmpty()) {
            if (adminPassword.isBlank()) {
                String password = HexFormat.of().formatHex(randomBytes());
                accounts.createWithOneTimePassword(new NewAccount("admin", "Administrator", Role.ADMIN, null, password));
                log.warn("Created account 'admin' with the one-time password {}, to be changed at the first sign-in "
                        + "(set peacetrack.security.admin-password to choose it)", password);
            } else {
                accounts.create(new NewAccount("admin", "Administrator", Role.ADMIN, null, adminPassword));
            }
        }
        if (demoAccounts) {
            demo().stream().filter(a -> accounts.find(a.username()).isEmpty()).forEach(accounts::create);
        }
    }

    private static List<NewAccount> demo() {
        return List.of(
                new NewAccount("focal.dpo", "Focal point, DPO", Role.FOCAL_POINT, "DPO", DEMO_PASSWORD),
                new NewAccount("focal.dos", "Focal point, DOS", Role.FOCAL_POINT, "DOS", DEMO_PASSWORD),
                new NewAccount("reviewer", "Reviewer", Role.REVIEWER, null, DEMO_PASSWORD),
                new NewAccount("editor", "Editor", Role.EDITOR, null, DEMO_PASSWORD),
                new NewAccount("delegate", "Member State delegate", Role.MEMBER_STATE, null, DEMO_PASSWORD));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
