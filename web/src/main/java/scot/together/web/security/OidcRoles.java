package scot.together.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import scot.together.api.Role;

/**
 * {@code together.oidc.*}: how a council's identity provider says who someone is and which of
 * Together's {@link Role}s they hold. The roles claim may be nested ({@code realm_access.roles}
 * in Keycloak); each of its values is either a role's own name (SOCIAL_WORKER) or a group the
 * council names in {@code together.oidc.roles} (e.g. {@code together.oidc.roles.cs-social-workers=SOCIAL_WORKER}).
 * Anything else in the claim gives no role.
 */
@ConfigurationProperties("together.oidc")
public record OidcRoles(String rolesClaim, String userNameClaim, Map<String, Role> roles)
        implements Converter<Jwt, AbstractAuthenticationToken> {

    public OidcRoles {
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        userNameClaim = userNameClaim == null || userNameClaim.isBlank() ? "preferred_username" : userNameClaim;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String value : claimValues(jwt.getClaims(), rolesClaim)) {
            role(value).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        String name = jwt.hasClaim(userNameClaim) ? jwt.getClaimAsString(userNameClaim) : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, List.copyOf(authorities), name);
    }

    private Optional<Role> role(String value) {
        if (roles.containsKey(value)) {
            return Optional.of(roles.get(value));
        }
        for (Role role : Role.values()) {
            if (role.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The strings at a dotted path in the token's claims: one string, or a list of them. */
    private static List<String> claimValues(Map<String, Object> claims, String path) {
        Object at = claims;
        for (String step : path.split("\\.")) {
            at = at instanceof Map<?, ?> map ? map.get(step) : null;
        }
        List<String> values = new ArrayList<>();
        if (at instanceof String one) {
            values.add(one);
        } else if (at instanceof Collection<?> many) {
            many.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values;
    }
}
