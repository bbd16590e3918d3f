package scot.together.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.together.api.RecordedBy;
import scot.together.api.audit.MarkRecordInError;
import scot.together.api.child.ChangeEpisodeCategory;
import scot.together.api.child.EndEpisode;
import scot.together.api.child.PlaceChild;
import scot.together.api.child.RegisterChild;
import scot.together.api.child.StartEpisode;
import scot.together.api.exclusions.ApproveExclusion;
import scot.together.api.exclusions.ProposeExclusion;
import scot.together.api.family.ApproveSeparation;
import scot.together.api.family.MoveTogether;
import scot.together.api.family.PlanFamilyTime;
import scot.together.api.family.RecordBrothersAndSisters;
import scot.together.api.family.RecordFamilyTime;
import scot.together.api.family.RequestSeparation;
import scot.together.api.home.RegisterHome;
import scot.together.events.CareCategory;
import scot.together.events.child.HomeEnding;
import scot.together.events.family.Assessment;
import scot.together.events.family.ChildsView;
import scot.together.events.family.FamilyTimeFrequency;
import scot.together.events.family.RelationshipKind;
import scot.together.events.home.HomeKind;

/**
 * The stories the generated history is made of, each recorded once through the command
 * gateway, so by the real aggregates and rules, as the people who would record them. The
 * {@link History} then copies each story's stored events many times over, with new
 * identities and earlier dates: every copy is what the aggregates accepted, moved in time.
 */
final class Stories {

    static final RecordedBy WORKER = new RecordedBy("social.worker", "SOCIAL_WORKER", Set.of("SOCIAL_WORKER"));
    static final RecordedBy HEAD_OF_SERVICE = new RecordedBy("head.of.service", "HEAD_OF_SERVICE",
            Set.of("HEAD_OF_SERVICE"));
    static final RecordedBy HEAD_OF_EDUCATION = new RecordedBy("head.of.education", "HEAD_OF_EDUCATION",
            Set.of("HEAD_OF_EDUCATION"));
    static final RecordedBy HEAD_OF_CFSW = new RecordedBy("head.of.cfsw", "HEAD_OF_CF_SOCIAL_WORK",
            Set.of("HEAD_OF_CF_SOCIAL_WORK"));

    /** A story's stored events ({@code global_index} after {@code from} up to {@code to}), and what it holds. */
    record Story(String name, long from, long to, int children, boolean stillLookedAfter) {
    }

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final LocalDate today = LocalDate.now();
    private final List<UUID> homes = new ArrayList<>();

    Stories(CommandGateway commands, JdbcTemplate jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    List<UUID> homes() {
        return homes;
    }

    /** The council's homes, shared by every copy of every story (a fifth of them outside the council's area). */
    void registerHomes(int count) {
        for (int i = 0; i < count; i++) {
            UUID home = UUID.randomUUID();
            send(WORKER, new RegisterHome(home, "Home " + (i + 1), HomeKind.values()[i % HomeKind.values().length],
                    i % 5 != 0));
            homes.add(home);
        }
    }

    List<Story> record() {
        List<Story> stories = new ArrayList<>();
        stories.add(story("a child alone, two moves, a change of category, care ended", 1, false, this::aloneEnded));
        stories.add(story("three brothers and sisters, a separation approved, family time, a session marked in"
                + " error, care ended", 3, false, this::threeSeparated));
        stories.add(story("a child alone, still looked after", 1, true, this::aloneStill));
        stories.add(story("two brothers and sisters moving together, family time, an exclusion with two approvals,"
                + " still looked after", 2, true, this::twoTogetherStill));
        return stories;
    }

    private Story story(String name, int children, boolean still, Runnable recording) {
        long from = newest();
        recording.run();
        return new Story(name, from, newest(), children, still);
    }

    private long newest() {
        Long newest = jdbc.queryForObject("SELECT max(global_index) FROM events.domain_event_entry", Long.class);
        return newest == null ? 0 : newest;
    }

    private LocalDate ago(int years, int days) {
        return today.minusYears(years).minusDays(days);
    }

    private void aloneEnded() {
        UUID child = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        send(WORKER, new RegisterChild(child, "Alex", "Morrison", ago(15, 40)));
        send(WORKER, new StartEpisode(child, episode, ago(7, 0), CareCategory.LOOKED_AFTER_AWAY_FROM_HOME));
        send(WORKER, new PlaceChild(child, homes.get(0), ago(7, 0), null));
        send(WORKER, new PlaceChild(child, homes.get(1), ago(6, 100), HomeEnding.PLANNED));
        send(WORKER, new PlaceChild(child, homes.get(2), ago(5, 200), HomeEnding.UNPLANNED));
        send(WORKER, new ChangeEpisodeCategory(child, episode, ago(4, 0), CareCategory.LOOKED_AFTER_AT_HOME));
        send(WORKER, new EndEpisode(child, episode, ago(3, 0), "Returned home"));
    }

    private void threeSeparated() {
        List<UUID> children = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> episodes = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        send(WORKER, new RegisterChild(children.get(0), "Isla", "Campbell", ago(14, 0)));
        send(WORKER, new RegisterChild(children.get(1), "Ewan", "Campbell", ago(12, 30)));
        send(WORKER, new RegisterChild(children.get(2), "Ruby", "Campbell", ago(9, 60)));
        send(WORKER, new RecordBrothersAndSisters(UUID.randomUUID(), children.get(0), children.get(1),
                RelationshipKind.FULL, ago(9, 60)));
        send(WORKER, new RecordBrothersAndSisters(UUID.randomUUID(), children.get(1), children.get(2),
                RelationshipKind.FULL, ago(9, 60)));
        for (int i = 0; i < 3; i++) {
            send(WORKER, new StartEpisode(children.get(i), episodes.get(i), ago(6, 0),
                    CareCategory.LOOKED_AFTER_AWAY_FROM_HOME));
        }
        send(WORKER, new MoveTogether(children, homes.get(3), ago(6, 0), null));
        UUID separation = UUID.randomUUID();
        send(WORKER, new RequestSeparation(separation, children,
                new Assessment("Together or Apart", ago(5, 40), "Ruby needs a home with more support for now."),
                "Ruby's needs cannot be met in the same home at present.", ago(4, 0),
                List.of(new ChildsView(children.get(0), "Wants to see Ruby every week.", null),
                        new ChildsView(children.get(1), "Would like to stay with Isla.", null),
                        new ChildsView(children.get(2), null, "Too young to give a view."))));
        send(HEAD_OF_SERVICE, new ApproveSeparation(separation, "Approved, with weekly family time.", ago(5, 30)));
        send(WORKER, new PlaceChild(children.get(2), homes.get(4), ago(5, 20), HomeEnding.PLANNED));
        UUID plan = UUID.randomUUID();
        send(WORKER, new PlanFamilyTime(plan, children, FamilyTimeFrequency.WEEKLY, "Brothers and sisters",
                ago(5, 15)));
        for (int week = 0; week < 12; week++) {
            boolean happened = week % 5 != 4;
            send(WORKER, new RecordFamilyTime(plan, UUID.randomUUID(), ago(5, 14).plusWeeks(week), happened, happened ? null : "Ruby was unwell."));
        }
        String session = jdbc.queryForObject("SELECT event_identifier FROM events.domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1", String.class,
                plan.toString());
        send(WORKER, new MarkRecordInError(UUID.randomUUID(), session, "Recorded for the wrong week."));
        send(WORKER, new MoveTogether(children.subList(0, 2), homes.get(5), ago(4, 100), HomeEnding.PLANNED));
        for (int i = 0; i < 3; i++) {
            send(WORKER, new EndEpisode(children.get(i), episodes.get(i), ago(2, 0), "Returned home"));
        }
    }

    private void aloneStill() {
        UUID child = UUID.randomUUID();
        UUID episode = UUID.randomUUID();
        send(WORKER, new RegisterChild(child, "Callum", "Reid", ago(13, 120)));
        send(WORKER, new StartEpisode(child, episode, ago(2, 0), CareCategory.LOOKED_AFTER_AWAY_FROM_HOME));
        send(WORKER, new PlaceChild(child, homes.get(6), ago(2, 0), null));
        send(WORKER, new PlaceChild(child, homes.get(7), ago(1, 0), HomeEnding.UNPLANNED));
    }

    private void twoTogetherStill() {
        List<UUID> children = List.of(UUID.randomUUID(), UUID.randomUUID());
        send(WORKER, new RegisterChild(children.get(0), "Freya", "Stewart", ago(11, 0)));
        send(WORKER, new RegisterChild(children.get(1), "Lewis", "Stewart", ago(8, 0)));
        send(WORKER, new RecordBrothersAndSisters(UUID.randomUUID(), children.get(0), children.get(1),
                RelationshipKind.FULL, ago(8, 0)));
        for (UUID child : children) {
            send(WORKER, new StartEpisode(child, UUID.randomUUID(), ago(3, 0),
                    CareCategory.LOOKED_AFTER_AWAY_FROM_HOME));
        }
        send(WORKER, new MoveTogether(children, homes.get(8), ago(3, 0), null));
        send(WORKER, new MoveTogether(children, homes.get(9), ago(1, 200), HomeEnding.PLANNED));
        UUID plan = UUID.randomUUID();
        send(WORKER, new PlanFamilyTime(plan, children, FamilyTimeFrequency.MONTHLY, "Their mother", ago(2, 300)));
        for (int month = 0; month < 6; month++) {
            send(WORKER, new RecordFamilyTime(plan, UUID.randomUUID(), ago(2, 290).plusMonths(month), true, null));
        }
        UUID exclusion = UUID.randomUUID();
        send(WORKER, new ProposeExclusion(exclusion, children.get(0), "Hillside Academy", ago(0, 100), 3,
                "Fighting in the playground."));
        send(HEAD_OF_EDUCATION, new ApproveExclusion(exclusion, "Agreed, with a return plan."));
        send(HEAD_OF_CFSW, new ApproveExclusion(exclusion, "Agreed."));
    }

    void send(RecordedBy who, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(who.metaData(null)));
    }
}
