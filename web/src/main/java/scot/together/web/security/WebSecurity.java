package scot.together.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import scot.together.api.RefusalCode;
import scot.together.api.Role;
import scot.together.web.problems.ProblemResponses;

/**
 * Sign-in: HTTP Basic (or, in production, an OIDC bearer token) on {@code /api/**}, without a
 * session; a sign-in form with a session and CSRF protection for the pages. Passwords are
 * checked by {@link PasswordSignIn}, which slows down and locks repeated failures.
 */
@Configuration
@EnableConfigurationProperties({SignInAttempts.Limits.class, OidcRoles.class})
public class WebSecurity {

    /**
     * The pages' own files only: no inline script, style or handler (templates keep theirs in
     * /assets), no frames, forms only to Together itself.
     */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** Answers of the API are data, never a page to run. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** User name and password, for the API and the sign-in form alike: one count of failures, one dummy hash. */
    @Bean
    public AuthenticationManager passwordSignIn(UserDetailsService accounts, PasswordEncoder passwords,
                                                SignInAttempts attempts) {
        return new ProviderManager(new PasswordSignIn(accounts, passwords, attempts));
    }

    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager passwordSignIn,
                                   ObjectProvider<JwtDecoder> oidc, OidcRoles roles) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(passwordSignIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/sign-in-locks/**", "/api/admin/sign-in-locks")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        new SignInEntryPoint(problems, "Sign in: the user name or password is missing or wrong.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers(headers, API_POLICY, ReferrerPolicy.NO_REFERRER))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new SignInEntryPoint(problems, "Sign in to use Together."))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                RefusalCode.FORBIDDEN, "Your role does not allow this.")));
        JwtDecoder decoder = oidc.getIfAvailable();
        if (decoder != null) {
            // bearer tokens have their own manager: the chain's is for passwords only
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(roles);
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.authenticationManager(new ProviderManager(tokens)))
                    .authenticationEntryPoint(new SignInEntryPoint(problems,
                            "Sign in: the token is missing, expired or not for Together.")));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http, AuthenticationManager passwordSignIn) throws Exception {
        http.authenticationManager(passwordSignIn)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/sign-in", "/assets/**", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/sign-in-locks", "/admin/sign-in-locks/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", true).permitAll()
                        // a locked name or address is told so in words, and when to try again
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInLocked locked ? "/sign-in?locked=" + locked.retryAfterSeconds()
                                : "/sign-in?error"))))
                .headers(headers -> headers(headers, PAGES_POLICY, ReferrerPolicy.SAME_ORIGIN))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"));
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers, String policy, ReferrerPolicy referrer) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrerPolicy -> referrerPolicy.policy(referrer));
    }
}
