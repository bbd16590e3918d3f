package scot.together.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scot.together.app.support.Response;
import scot.together.app.support.RunningTogether;

/**
 * Production sign-in: the council's identity provider (here a real OIDC server, the mock
 * OAuth2 server) issues a token over HTTP; Together, in the oidc profile, takes it on the API,
 * checks it against the provider's published keys, issuer and audience, and reads the roles
 * from the token's claim, by their own names or by the council's group names.
 */
class OidcSignInTest {

    static final String ISSUER = "council";
    static MockOAuth2Server identityProvider;
    static RunningTogether together;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        identityProvider = new MockOAuth2Server();
        identityProvider.start();
        together = RunningTogether.start(Files.createTempDirectory("together-oidc-"),
                "--spring.profiles.active=oidc",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identityProvider.issuerUrl(ISSUER),
                "--together.oidc.roles-claim=groups",
                "--together.oidc.roles.cs-board-members=BOARD_MEMBER");
        http = new Http(together.baseUri());
    }

    @AfterAll
    static void stop() {
        if (together != null) {
            together.close();
        }
        if (identityProvider != null) {
            identityProvider.shutdown();
        }
    }

    /** A token from the provider's token endpoint, for that person with those groups, meant for that audience. */
    static String token(String userName, List<String> groups, String audience) {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, userName + "-id", "JWT",
                List.of(audience), Map.of("preferred_username", userName, "groups", groups), 600));
        Response answer = http.send(HttpRequest.newBuilder(identityProvider.tokenEndpointUrl(ISSUER).uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=together&client_secret=secret&scope=openid")));
        return answer.expect(200).json().get("access_token").asText();
    }

    static Response get(String path, String token) {
        return http.get(path, "Authorization", "Bearer " + token);
    }

    @Test
    void aRoleFromTheTokenOpensWhatThatRoleMayAndNoMore() {
        String worker = token("sam.worker", List.of("SOCIAL_WORKER", "staff"), "together");
        String board = token("bea.board", List.of("cs-board-members"), "together");

        assertThat(get("/api/separations", worker).status()).isEqualTo(200);
        assertThat(get("/api/reports/local-care?asAt=2025-01-31", board).status()).isEqualTo(200);
        Response refused = get("/api/separations", board);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");

        // who recorded it is the token's person
        String child = http.postJson("/api/children",
                "{\"givenName\":\"Eilidh\",\"familyName\":\"Token\",\"dateOfBirth\":\"2015-05-05\"}",
                "Authorization", "Bearer " + worker).id();
        assertThat(get("/api/children/" + child + "/history", worker).expect(200).json().get(0).get("recordedBy")
                .asText()).isEqualTo("sam.worker");
    }

    @Test
    void withoutAGoodTokenTheAnswerIs401() {
        assertThat(http.get("/api/separations").status()).isEqualTo(401);
        Response forged = get("/api/separations", token("sam.worker", List.of("SOCIAL_WORKER"), "together") + "x");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
        assertThat(get("/api/separations", token("sam.worker", List.of("SOCIAL_WORKER"), "another-service")).status())
                .as("a token meant for another service").isEqualTo(401);
    }
}
