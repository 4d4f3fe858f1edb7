package org.peacetrack.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Reading is public; every write needs a role, checked here by URL and again by the services for the
 * rules that depend on the record (a focal point may only draft for their own entity).
 */
@Configuration
class SecurityConfiguration {

    /** Only in the web server: the command line starts the application without one. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
            AccountService accounts, CurrentActor current) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/admin/**").hasRole("ADMIN")
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
        http.addFilterAfter(new SignedInFilter(accounts, current), AuthorizationFilter.class);
        http.formLogin(f -> f.loginPage("/login").successHandler(new LandingPage()).permitAll());
        http.logout(l -> l.logoutSuccessUrl("/"));
        http.httpBasic(Customizer.withDefaults());
        http.csrf(c -> c.ignoringRequestMatchers("/api/**"));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").successHandler(new LandingPage())
                    .userInfoEndpoint(u -> u.userAuthoritiesMapper(OidcRoles::map)));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(AccountRepository accounts) {
        return username -> accounts.findByUsername(username).map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
