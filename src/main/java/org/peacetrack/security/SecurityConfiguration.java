package org.peacetrack.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Reading is public; every write needs a role, checked here by URL and again by the services for the
 * rules that depend on the record (a focal point may only draft for their own entity).
 */
@Configuration
class SecurityConfiguration {

    /**
     * No observation of each security filter, sign-in and authorisation decision. The property
     * {@code management.observations.enable.spring.security=false} makes those observations no-ops but still wraps
     * every filter of the chain in an observing one, about 3% of a page's CPU in a profile under load. Requests
     * are still timed as a whole ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Only in the web server: the command line starts the application without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
            AccountService accounts, CurrentActor current, ApiTokenService tokens,
            @Value("${peacetrack.security.two-factor-for-staff:false}") boolean twoFactorForStaff) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
                .requestMatchers("/account/**", "/my-items").authenticated()
                .requestMatchers("/import", "/api/imports", "/frameworks/import").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers("/data/**", "/api/data/imports").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/indicators/**", "/api/data/**").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers("/cycles/**", "/api/cycles/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/items/*/lineage/**").hasAnyRole("REVIEWER", "EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                // link checkers and caches ask with HEAD what they may then GET
                .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                .requestMatchers("/login", "/logout", "/error").permitAll()
                .anyRequest().authenticated());
        http.addFilterAfter(new SignedInFilter(accounts, current, twoFactorForStaff), AuthorizationFilter.class);
        http.addFilterBefore(new BearerTokens(tokens), BasicAuthenticationFilter.class);
        http.formLogin(f -> f.loginPage("/login").successHandler(new LandingPage())
                .authenticationDetailsSource(SignInDetails.SOURCE)
                .failureHandler(ThrottledResponses.form()).permitAll());
        http.logout(l -> l.logoutSuccessUrl("/"));
        http.httpBasic(b -> b.authenticationEntryPoint(ThrottledResponses.basic()));
        // A browser sends the session cookie with a forged cross-site request, never an Authorization
        // header of the page's choosing: only API calls that carry their own credentials skip the token.
        http.csrf(c -> c.ignoringRequestMatchers(ApiCredentials::carried));
        ClientRegistrationRepository providers = oidc.getIfAvailable();
        String policy = providers == null ? ContentPolicy.DIRECTIVES : ProviderSignOut.policy(providers);
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ContentPolicy.HSTS_SECONDS)));
        if (providers != null) {
            http.oauth2Login(o -> o.loginPage("/login").successHandler(new LandingPage())
                    .userInfoEndpoint(u -> u.userAuthoritiesMapper(OidcRoles::map)));
            http.logout(l -> l.logoutSuccessHandler(ProviderSignOut.handler(providers)));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The only way to sign in with a password, so that no other provider can bypass the throttle. */
    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService accounts, PasswordEncoder passwords,
            SignInThrottle throttle, AccountRepository repository, RecoveryCodes recoveryCodes) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwords);
        return new ThrottledAuthentication(dao, throttle, repository, recoveryCodes);
    }

    @Bean
    UserDetailsService accounts(AccountRepository accounts) {
        return username -> accounts.findByUsername(username).map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
