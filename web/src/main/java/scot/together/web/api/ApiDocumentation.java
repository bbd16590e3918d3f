package scot.together.web.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI page (/swagger-ui.html) says about Together as a whole. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Together",
                description = "A child's record, their homes and moves, brothers and sisters, and the board's reports."
                        + " Errors are RFC 9457 problem details with a stable code. Every POST takes an optional"
                        + " Idempotency-Key header.",
                version = "1"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiDocumentation {
}
