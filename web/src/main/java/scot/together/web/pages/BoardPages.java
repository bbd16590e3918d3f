package scot.together.web.pages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import scot.together.api.Tabular;
import scot.together.api.audit.AuditEntries;
import scot.together.api.audit.AuditEntry;
import scot.together.api.audit.AuditTrail;
import scot.together.api.board.BoardDashboard;
import scot.together.api.exclusions.ExclusionFigures;
import scot.together.api.exclusions.ExclusionReport;
import scot.together.api.reports.MovesFigures;
import scot.together.api.reports.MovesReport;
import scot.together.api.togetherness.TogethernessFigures;
import scot.together.api.togetherness.TogethernessTrend;
import scot.together.api.togetherness.TogethernessTrendFigures;
import scot.together.web.api.BoardController;
import scot.together.web.api.Csv;
import scot.together.web.problems.NotFound;
import scot.together.api.Role;
import scot.together.api.Slice;

/**
 * The Corporate Parenting Board's pages: the measures beside the council's targets, trends
 * by month, the audit history and downloads. Children appear only by pseudonym.
 */
@Controller
public class BoardPages {

    static final int MOST_MONTHS = 24;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    /** The period shown: from..to (both included), and the day the "as at" measures are taken. */
    public record Period(LocalDate from, LocalDate to, LocalDate asAt) {
    }

    private final BoardController board;
    private final scot.together.web.api.Queries queries;
    private final Clock clock;
    private final RecordKinds recordKinds;

    public BoardPages(BoardController board, scot.together.web.api.Queries queries, Clock clock,
                      RecordKinds recordKinds) {
        this.board = board;
        this.queries = queries;
        this.clock = clock;
        this.recordKinds = recordKinds;
    }

    @GetMapping("/board")
    String dashboard(@RequestParam Map<String, String> values, Model model) {
        Submitted form = new Submitted(values);
        Period period = period(form);
        BoardDashboard dashboard = board.dashboard(period.from(), period.to(), period.asAt());
        List<YearMonth> months = months(period);
        List<BarChart.Point> together = new ArrayList<>();
        TogethernessTrendFigures trend = queries.one(new TogethernessTrend(months.get(0).atDay(1), period.to(), true),
                TogethernessTrendFigures.class, Role.BOARD_MEMBER);
        for (TogethernessFigures point : trend.points()) {
            together.add(new BarChart.Point(MONTH.format(point.asAt()), point.livingWithAll().percent()));
        }
        List<BarChart.Point> moves = new ArrayList<>();
        List<BarChart.Point> approved = new ArrayList<>();
        List<BarChart.Point> informal = new ArrayList<>();
        for (YearMonth month : months) {
            LocalDate first = month.atDay(1).isBefore(period.from()) ? period.from() : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(period.to()) ? period.to() : month.atEndOfMonth();
            MovesFigures moved = queries.one(new MovesReport(first, last), MovesFigures.class, Role.BOARD_MEMBER);
            moves.add(new BarChart.Point(MONTH.format(month), BigDecimal.valueOf(moved.oneOrMoreMoves().count())));
            ExclusionFigures excluded = queries.one(new ExclusionReport(first, last, true), ExclusionFigures.class,
                    Role.BOARD_MEMBER);
            // the same counts as the tiles, month by month: exclusions approved, informal exclusions
            approved.add(new BarChart.Point(MONTH.format(month), BigDecimal.valueOf(excluded.approved())));
            informal.add(new BarChart.Point(MONTH.format(month), BigDecimal.valueOf(excluded.informal())));
        }
        model.addAttribute("dashboard", dashboard);
        // each tile's figure written as the charts write theirs (100%, not 100.0%)
        Map<String, String> figures = new java.util.HashMap<>();
        dashboard.measures().forEach(m -> figures.put(m.key(), BarChart.format(m.value(), m.unit())));
        model.addAttribute("figures", figures);
        model.addAttribute("period", period);
        model.addAttribute("form", shown(form, period));
        model.addAttribute("charts", List.of(
                BarChart.of("together-chart", "Children living with all their brothers and sisters, by month",
                        "Percent of children looked after away from home, with a brother or sister also looked"
                                + " after away from home, who live with all of them, on the last day of each month"
                                + " (for a month not yet over, on the last day of the period).",
                        "percent", together),
                BarChart.of("moves-chart", "Children who moved home, by month",
                        "Number of children looked after who had one or more moves in each month.", "count", moves),
                BarChart.of("formal-exclusions-chart", "Exclusions approved (formal), by month",
                        "Number of formal school exclusions proposed in each month that were approved.", "count",
                        approved),
                BarChart.of("exclusions-chart", "Informal exclusions, by month",
                        "Number of informal exclusions in each month.", "count", informal)));
        model.addAttribute("errors", form.errors());
        return "board/dashboard";
    }

    @GetMapping("/board/audit")
    String audit(@RequestParam Map<String, String> values, Model model) {
        Submitted form = new Submitted(values);
        Period period = period(form);
        String type = form.text("type", "the kind of record", 100, false);
        if (type != null && !recordKinds.exists(type)) {
            form.errors().add("type", "Choose a kind of record from the list.");
        }
        String user = form.text("user", "the user name", 200, false);
        Integer page = Paged.asked(form);
        Slice read = Paged.toRead(page);
        List<AuditEntry> entries = form.ok() ? queries.one(new AuditTrail(period.from(), period.to(), null, null,
                type, user, read.offset(), read.limit(), true), AuditEntries.class, Role.BOARD_MEMBER).entries()
                : List.of();
        model.addAttribute("audit", Paged.of(entries, page));
        model.addAttribute("period", period);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("kinds", recordKinds.all());
        model.addAttribute("user", user == null ? "" : user);
        model.addAttribute("form", shown(form, period));
        model.addAttribute("errors", form.errors());
        return "board/audit";
    }

    /** The board's downloads, on the page's own sign-in (the API asks for its own credentials). */
    @GetMapping("/board/downloads/{report}.csv")
    ResponseEntity<?> download(@PathVariable String report, @RequestParam Map<String, String> values) {
        Submitted form = new Submitted(values);
        Period period = period(form);
        if (!form.ok()) {
            throw new NotFound("No such download");
        }
        Tabular table = switch (report) {
            case "togetherness" -> queries.one(new TogethernessTrend(period.from(), period.to(), true),
                    TogethernessTrendFigures.class, Role.BOARD_MEMBER);
            case "moves" -> queries.one(new MovesReport(period.from(), period.to()), MovesFigures.class,
                    Role.BOARD_MEMBER);
            case "exclusions" -> queries.one(new ExclusionReport(period.from(), period.to(), true),
                    ExclusionFigures.class, Role.BOARD_MEMBER);
            case "audit" -> queries.one(new AuditTrail(period.from(), period.to(), null, null, null, null, 0,
                    10000, true), AuditEntries.class, Role.BOARD_MEMBER);
            default -> throw new NotFound("No such download");
        };
        return Csv.orJson(table, "csv", report + "-" + period.from() + "-to-" + period.to());
    }

    /**
     * The period asked for; by default the year so far as Scotland counts it (from 1 August),
     * with "as at" its last day. A period longer than two years is cut to its last two.
     */
    private Period period(Submitted form) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = form.values().getOrDefault("to", "").isBlank() ? today : form.date("to", "the end of the period", true);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 1);
        LocalDate from = form.values().getOrDefault("from", "").isBlank() ? yearStart
                : form.date("from", "the start of the period", true);
        LocalDate asAt = form.values().getOrDefault("asAt", "").isBlank() ? null : form.date("asAt", "the as-at date", true);
        if (to == null || from == null) {
            return new Period(yearStart, today, today);
        }
        if (to.isBefore(from)) {
            form.errors().add("to", "The end of the period must be on or after its start.");
            return new Period(yearStart, today, today);
        }
        if (from.isBefore(to.minusMonths(MOST_MONTHS).plusDays(1))) {
            from = to.minusMonths(MOST_MONTHS).plusDays(1);
        }
        return new Period(from, to, asAt == null ? to : asAt);
    }

    /** What the picker shows: what was typed if it was wrong, else the period in use. */
    private static Map<String, String> shown(Submitted form, Period period) {
        if (!form.ok()) {
            return form.values();
        }
        Map<String, String> shown = new java.util.HashMap<>(form.values());
        DateTimeFormatter field = DateTimeFormatter.ofPattern("d/M/yyyy");
        shown.put("from", field.format(period.from()));
        shown.put("to", field.format(period.to()));
        shown.put("asAt", form.values().getOrDefault("asAt", "").isBlank() ? "" : field.format(period.asAt()));
        return shown;
    }

    private static List<YearMonth> months(Period period) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
             month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
