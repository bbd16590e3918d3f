package scot.together.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.app.support.CouncilStory;
import scot.together.app.support.TogetherTest;

/** A look at a child's record is written in the access log only when it is answered; a refused request writes nothing. */
class AccessLogRefusalsTest extends TogetherTest {

    static String child;

    @BeforeAll
    static void aChild() {
        child = new CouncilStory(api).child("Iona", "Looked", "2013-09-09");
    }

    static long rows() {
        return new JdbcTemplate(together.bean(DataSource.class)).queryForObject("SELECT count(*) FROM query.access_log",
                Long.class);
    }

    @Test
    void refusedRequestsWriteNoAccessLogRowAndAnsweredOnesWriteOne() {
        String nobody = UUID.randomUUID().toString();
        long before = rows();

        assertThat(api.anonymous().get("/api/children/" + child).status()).isEqualTo(401);
        assertThat(api.as("social.worker", "wrong").get("/api/children/" + child + "/history").status()).isEqualTo(401);
        assertThat(api.as("board.member").get("/api/children/" + child).status()).isEqualTo(403);
        assertThat(api.as("admin").get("/api/children/" + child + "/history").status()).isEqualTo(403);
        assertThat(api.as("social.worker").get("/api/children/" + child + "/subject-access").status()).isEqualTo(403);
        assertThat(api.as("social.worker").get("/api/children/" + child + "/audit?format=pdf").status()).isEqualTo(400);
        assertThat(api.as("board.member").get("/api/children/" + child + "/audit?format=pdf").status()).isEqualTo(400);
        assertThat(api.as("social.worker").get("/api/children/" + nobody).status()).isEqualTo(404);
        assertThat(api.as("social.worker").get("/api/children/" + nobody + "/history").status()).isEqualTo(404);
        assertThat(api.as("social.worker").get("/api/children/" + nobody + "/audit").status()).isEqualTo(404);
        assertThat(api.as("head.of.service").get("/api/children/" + nobody + "/subject-access").status()).isEqualTo(404);

        assertThat(rows()).as("access-log rows after refused requests").isEqualTo(before);

        api.as("social.worker").get("/api/children/" + child + "/audit?format=csv").expect(200);
        assertThat(rows()).isEqualTo(before + 1);
        assertThat(api.as("head.of.service").get("/api/children/" + child + "/access-log").expect(200).json()
                .findValuesAsText("what")).contains("the child's audit history");
    }

    @Test
    void anAnswerItsReaderWouldNotAcceptIsRefusedBeforeTheLook() {
        Http http = new Http(together.baseUri());
        String worker = Http.basic("social.worker", "demo");
        String c = "/api/children/" + child;
        long before = rows();

        assertThat(http.get(c, "Authorization", worker, "Accept", "text/csv").status()).isEqualTo(406);
        assertThat(http.get(c + "/history", "Authorization", worker, "Accept", "text/html").status()).isEqualTo(406);
        assertThat(http.get(c + "/audit?format=csv", "Authorization", worker, "Accept", "application/json").status())
                .isEqualTo(406);
        assertThat(http.get(c + "/audit", "Authorization", worker, "Accept", "text/csv").status()).isEqualTo(406);
        assertThat(http.get(c + "/subject-access", "Authorization", Http.basic("head.of.service", "demo"), "Accept",
                "application/xml").status()).isEqualTo(406);

        assertThat(rows()).as("access-log rows after answers refused for their Accept header").isEqualTo(before);
        assertThat(http.get(c + "/audit?format=csv", "Authorization", worker, "Accept", "text/csv").status())
                .isEqualTo(200);
        assertThat(rows()).isEqualTo(before + 1);
    }
}
