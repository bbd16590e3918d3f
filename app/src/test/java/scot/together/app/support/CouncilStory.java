package scot.together.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Short ways to record a council's story through the API, as a social worker. */
public final class CouncilStory {

    private final Api.Session worker;

    public CouncilStory(Api api) {
        this(api, "social.worker");
    }

    public CouncilStory(Api api, String user) {
        this.worker = api.as(user);
    }

    /** The id of the child's latest recorded event of that type, read from the child's history. */
    public String eventId(String child, String type) {
        return eventId(child, type, null);
    }

    /** The id of the child's latest recorded event of that type that happened on that day ({@code null}: any). */
    public String eventId(String child, String type, String effectiveDate) {
        String found = null;
        for (JsonNode entry : worker.get("/api/children/" + child + "/history").expect(200).json()) {
            if (entry.get("type").asText().equals(type)
                    && (effectiveDate == null || entry.get("effectiveDate").asText().equals(effectiveDate))) {
                found = entry.get("eventId").asText();
            }
        }
        if (found == null) {
            throw new AssertionError("No " + type + (effectiveDate == null ? "" : " on " + effectiveDate)
                    + " in the child's history");
        }
        return found;
    }

    public String child(String givenName, String familyName, String dateOfBirth) {
        return worker.post("/api/children", Map.of("givenName", givenName, "familyName", familyName,
                "dateOfBirth", dateOfBirth)).id();
    }

    /** Allocates the child to the worker in the team from the day. */
    public void allocate(String childId, String worker, String team, String from) {
        this.worker.post("/api/children/" + childId + "/allocations", Map.of("worker", worker, "team", team,
                "from", from)).expect(204);
    }

    public String home(String name, String kind, boolean withinAuthority) {
        return worker.post("/api/homes", Map.of("name", name, "kind", kind, "withinAuthority", withinAuthority)).id();
    }

    public String episode(String childId, String startDate, String category) {
        return worker.post("/api/children/" + childId + "/episodes",
                Map.of("startDate", startDate, "category", category)).id();
    }

    /** Starts a looked-after-away-from-home episode. */
    public String accommodated(String childId, String startDate) {
        return episode(childId, startDate, "LOOKED_AFTER_AWAY_FROM_HOME");
    }

    public Response place(String childId, String homeId, String startDate, String previousHomeEnding) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("homeId", homeId);
        body.put("startDate", startDate);
        if (previousHomeEnding != null) {
            body.put("previousHomeEnding", previousHomeEnding);
        }
        return worker.post("/api/children/" + childId + "/placements", body);
    }

    public void endEpisode(String childId, String episodeId, String endDate) {
        worker.post("/api/children/" + childId + "/episodes/" + episodeId + "/end",
                Map.of("endDate", endDate, "reason", "Returned home")).expect(204);
    }

    public static String date(LocalDate date) {
        return date.toString();
    }

    /** Records the two children as brothers or sisters (FULL, HALF, STEP or OTHER) since that day; the relationship's id. */
    public String brothersAndSisters(String childId, String otherChildId, String kind, String since) {
        return worker.post("/api/brothers-and-sisters", Map.of("childId", childId, "otherChildId", otherChildId,
                "kind", kind, "since", since)).id();
    }

    /**
     * A request for a separation of the children (the first gives a view, the others are too
     * young), with a Together or Apart assessment completed that day, to be reviewed by then.
     */
    public static Map<String, Object> separationRequest(List<String> childIds, String completedOn, String reviewBy) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (int i = 0; i < childIds.size(); i++) {
            views.add(i == 0 ? Map.of("childId", childIds.get(i), "view", "I want to see my brother every week")
                    : Map.of("childId", childIds.get(i), "notGivenBecause", "Too young to give a view"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("childIds", childIds);
        body.put("assessment", Map.of("kind", "Together or Apart", "completedOn", completedOn,
                "summary", "Assessed; living apart is safer for now"));
        body.put("reason", "Risk between the children");
        body.put("reviewBy", reviewBy);
        body.put("views", views);
        return body;
    }

    /**
     * Brothers and sisters (already recorded so) kept apart by a separation requested with an
     * assessment and agreed by that Head of Service, to be reviewed by that date; its id.
     */
    public String separationAgreed(List<String> childIds, LocalDate reviewBy, Api.Session head) {
        String separation = worker.post("/api/separations",
                separationRequest(childIds, "2025-02-20", date(reviewBy))).id();
        head.post("/api/separations/" + separation + "/approve", Map.of("comment", "Agreed")).expect(204);
        return separation;
    }
}
