package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.reunification.FindReunifications;
import scot.together.api.reunification.Reunifications;
import scot.together.api.Role;

@RestController
@RequestMapping("/api/reunification")
@Tag(name = "Separations")
public class ReunificationController {

    private final Queries queries;

    public ReunificationController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Groups of brothers and sisters living apart, and the homes that could take them together",
            description = "For the Head of Service's review of all brothers and sisters not living together. For"
                    + " each group of brothers and sisters looked after away from home on asAt (default today)"
                    + " who do not all live in one home: homes, the homes whose vacancies on that date (places less"
                    + " the children living there; the group's own children already there keep theirs) and approved"
                    + " ages let them take the whole group; homesForSome, those that could take more of the group"
                    + " than now live together (together) but not all; homes within the council's area first. Each"
                    + " home: {homeId, name, withinAuthority, places, vacancies, couldTake}. reviews: the approved"
                    + " separations concerning the group, with their review dates. Homes with no places recorded"
                    + " are not listed.")
    public Reunifications find(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asAt) {
        return queries.one(new FindReunifications(asAt), Reunifications.class, Role.HEAD_OF_SERVICE);
    }
}
