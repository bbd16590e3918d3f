package scot.together.web.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import scot.together.api.RecordedBy;
import scot.together.api.Role;

/**
 * The signed-in person and the role they act in. Everything the service records names them
 * from here, never from the request body.
 */
@Component
public class Actor {

    /**
     * The signed-in person acting in the first of the allowed roles they hold; refused
     * (403) when they hold none of them.
     */
    public RecordedBy as(Role... allowed) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> held = roles(authentication);
        Role acting = Arrays.stream(allowed).filter(role -> held.contains(role.name())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("This needs one of the roles " + Arrays.toString(allowed)
                        + "; you are signed in as " + (held.isEmpty() ? "no role" : String.join(", ", held)) + "."));
        return new RecordedBy(authentication.getName(), acting.name(), held);
    }

    /** Whether the signed-in person holds the role. */
    public boolean holds(Role role) {
        return roles(SecurityContextHolder.getContext().getAuthentication()).contains(role.name());
    }

    private static Set<String> roles(Authentication authentication) {
        Set<String> roles = new LinkedHashSet<>();
        if (authentication != null) {
            for (GrantedAuthority authority : authentication.getAuthorities()) {
                if (authority.getAuthority().startsWith("ROLE_")) {
                    roles.add(authority.getAuthority().substring(5));
                }
            }
        }
        return roles;
    }
}
