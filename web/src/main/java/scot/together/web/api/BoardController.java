package scot.together.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.together.api.board.BoardDashboard;
import scot.together.api.board.BoardDashboard.Measure;
import scot.together.api.care.PermanenceFigures;
import scot.together.api.care.PermanenceReport;
import scot.together.api.care.RestraintAndSecureCareFigures;
import scot.together.api.care.RestraintAndSecureCareReport;
import scot.together.api.exclusions.ExclusionFigures;
import scot.together.api.exclusions.ExclusionReport;
import scot.together.api.reports.LocalCareFigures;
import scot.together.api.reports.LocalCareReport;
import scot.together.api.reports.MovesFigures;
import scot.together.api.reports.MovesReport;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.api.togetherness.TogethernessReport;
import scot.together.events.care.InterventionSetting;
import scot.together.api.Role;

/**
 * The data of the board's page, composed from the reports: each measure beside the council's
 * target (together.targets.*). Children appear by pseudonym only, whoever asks.
 */
@RestController
@Tag(name = "Board", description = "What the Corporate Parenting Board sees")
public class BoardController {

    static final Role[] READERS = {Role.BOARD_MEMBER, Role.HEAD_OF_SERVICE, Role.HEAD_OF_EDUCATION,
            Role.HEAD_OF_CF_SOCIAL_WORK};
    static final String AT_MOST = "AT_MOST";
    static final String AT_LEAST = "AT_LEAST";

    private final Queries queries;
    private final BigDecimal livingWithAll;
    private final BigDecimal oneOrMoreMoves;
    private final BigDecimal threeOrMoreMoves;
    private final BigDecimal localCare;
    private final BigDecimal permanence;
    private final BigDecimal exclusions;
    private final BigDecimal restraintInOwnHouses;

    public BoardController(Queries queries,
                           @Value("${together.targets.living-with-all:#{null}}") BigDecimal livingWithAll,
                           @Value("${together.targets.one-or-more-moves:10}") BigDecimal oneOrMoreMoves,
                           @Value("${together.targets.three-or-more-moves:3.8}") BigDecimal threeOrMoreMoves,
                           @Value("${together.targets.local-care:20}") BigDecimal localCare,
                           @Value("${together.targets.permanence-within-six-months:100}") BigDecimal permanence,
                           @Value("${together.targets.exclusions:0}") BigDecimal exclusions,
                           @Value("${together.targets.restraint-in-own-houses:0}") BigDecimal restraintInOwnHouses) {
        this.queries = queries;
        this.livingWithAll = livingWithAll;
        this.oneOrMoreMoves = oneOrMoreMoves;
        this.threeOrMoreMoves = threeOrMoreMoves;
        this.localCare = localCare;
        this.permanence = permanence;
        this.exclusions = exclusions;
        this.restraintInOwnHouses = restraintInOwnHouses;
    }

    @GetMapping("/api/board/dashboard")
    @Operation(summary = "Every measure for the board, beside the council's target",
            description = "Moves, unplanned endings, exclusions, restraint and secure care over the period from..to;"
                    + " togetherness, local care and permanence within six months as at asAt (default: to).")
    public BoardDashboard dashboard(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate asAt) {
        ReportsController.Period.check(from, to);
        LocalDate on = asAt == null ? to : asAt;
        List<Measure> measures = new ArrayList<>();
        measures.add(togetherness(on));
        MovesFigures moves = queries.one(new MovesReport(from, to), MovesFigures.class, READERS);
        measures.add(measure("oneOrMoreMoves", "Children looked after with one or more moves",
                moves.oneOrMoreMoves().percent(), "percent", oneOrMoreMoves, AT_MOST, moves));
        measures.add(measure("threeOrMoreMoves", "Children looked after with three or more moves",
                moves.threeOrMoreMoves().percent(), "percent", threeOrMoreMoves, AT_MOST, moves));
        measures.add(measure("unplannedEndings", "Homes that ended before their plan said",
                BigDecimal.valueOf(moves.unplannedEndings()), "count", null, AT_MOST, moves));
        LocalCareFigures local = queries.one(new LocalCareReport(on), LocalCareFigures.class, READERS);
        measures.add(measure("localCare", "Children looked after away from home living within the council's area",
                local.withinAuthority().percent(), "percent", localCare, AT_LEAST, local));
        PermanenceFigures plans = queries.one(new PermanenceReport(on), PermanenceFigures.class, READERS);
        measures.add(measure("permanenceWithinSixMonths", "Children with a permanent plan within six months",
                plans.withPlanWithinSixMonths().percent(), "percent", permanence, AT_LEAST, plans));
        ExclusionFigures excluded = queries.one(new ExclusionReport(from, to, true), ExclusionFigures.class, READERS);
        measures.add(measure("formalExclusions", "Exclusions approved (formal)",
                BigDecimal.valueOf(excluded.approved()), "count", exclusions, AT_MOST, excluded));
        measures.add(measure("informalExclusions", "Informal exclusions",
                BigDecimal.valueOf(excluded.informal()), "count", exclusions, AT_MOST, excluded));
        RestraintAndSecureCareFigures care = queries.one(new RestraintAndSecureCareReport(from, to),
                RestraintAndSecureCareFigures.class, READERS);
        long ownHouses = care.interventions().stream().filter(s -> s.setting() == InterventionSetting.OWN_HOUSE)
                .mapToLong(RestraintAndSecureCareFigures.BySetting::interventions).sum();
        measures.add(measure("restraintInOwnHouses", "Physical interventions in the council's own houses",
                BigDecimal.valueOf(ownHouses), "count", restraintInOwnHouses, AT_MOST, care));
        measures.add(measure("restraint", "Physical interventions in every setting",
                BigDecimal.valueOf(care.interventionsTotal()), "count", null, AT_MOST, care));
        measures.add(measure("secureCareAdmissions", "Admissions to secure care",
                BigDecimal.valueOf(care.secureAdmissions()), "count", null, AT_MOST, care));
        return new BoardDashboard(from, to, on, measures);
    }

    private Measure togetherness(LocalDate on) {
        TogethernessFigures figures = queries.one(new TogethernessReport(on), TogethernessFigures.class, READERS);
        return measure("livingWithAll", "Children living with all their brothers and sisters",
                figures.livingWithAll().percent(), "percent", livingWithAll, AT_LEAST, figures);
    }

    private static Measure measure(String key, String title, BigDecimal value, String unit, BigDecimal target,
                                   String targetIs, Object figures) {
        Boolean onTarget = target == null ? null
                : AT_MOST.equals(targetIs) ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
        return new Measure(key, title, value, unit, target, targetIs, onTarget, figures);
    }
}
