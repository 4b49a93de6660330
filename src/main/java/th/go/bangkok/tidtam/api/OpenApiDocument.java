package th.go.bangkok.tidtam.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document at /api/v1/openapi says of the API as a whole: read-only, a bearer token. */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Tidtam read API", version = "v1",
        description = "Read-only figures of the portal for tools (Power Query, Power BI, scripts). A personal access "
                + "token, created on the owner's page /tokens, goes in the header Authorization: Bearer <token>; it "
                + "reads exactly what its owner may see. GET only; 60 requests a minute per token (429 with "
                + "Retry-After beyond). Dates ISO 8601, months YYYY-MM, fiscal years in the Buddhist Era."),
        security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiDocument {
}
