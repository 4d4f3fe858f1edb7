package org.peacetrack;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two sessions of recommendations with the 2024 addendum, and a reporting cycle in which unpublished work
 * exists in every state: a draft with evidence, a submitted update, a returned one with its message, an
 * approved one, and a published one whose earlier text and return message were never public. Each secret
 * is a made-up word found nowhere else, so that finding it anywhere is a leak.
 */
final class SecretWork {

    static final String DRAFT = "quokkadraft";
    static final String EVIDENCE = "wallabyevidence";
    static final String SUBMITTED = "wombatsubmitted";
    static final String RETURNED = "numbatreturned";
    static final String RETURN_MESSAGE = "bilbymessage";
    static final String APPROVED = "dugongapproved";
    static final String EARLIER_TEXT = "echidnaearlier";
    static final String MESSAGE_BEFORE_PUBLISHING = "potoroomessage";
    /** Not a secret: the published text, which every reader must find. */
    static final String PUBLISHED = "platypuspublished";

    static final List<String> SECRETS = List.of(DRAFT, EVIDENCE, SUBMITTED, RETURNED, RETURN_MESSAGE, APPROVED,
            EARLIER_TEXT, MESSAGE_BEFORE_PUBLISHING);

    /**
     * A search for every secret and the published text by the start of their words, so that the page's echo
     * of the query contains none of them while a search that finds one shows it whole.
     */
    static String searchForAll() {
        return String.join(" | ", Stream.concat(SECRETS.stream(), Stream.of(PUBLISHED))
                .map(word -> word.substring(0, word.length() - 3) + "*").toList());
    }

    private static final Actor FOCAL = new Actor("focal.dpo", "Focal point, DPO", Role.FOCAL_POINT, "DPO");
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);
    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);

    /** Item id by the state of its update in the cycle. */
    final Map<String, Long> items = new LinkedHashMap<>();
    long cycle;
    long document;

    static SecretWork create(JdbcTemplate jdbc, IngestionService ingestion, WorkflowService workflow,
            RegisterService register) {
        Database.wipe(jdbc);
        for (String report : List.of(C34Fixtures.REPORT_2023, C34Fixtures.REPORT_2024)) {
            ingestion.ingest(report, C34Fixtures.bytes(report), null);
        }
        SecretWork work = new SecretWork();
        work.document = ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null).documentId();
        work.cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(work.cycle, List.of(38, 39, 112, 46, 68), "DPO", EDITOR);
        Map<String, Integer> numbers = Map.of("DRAFT", 38, "SUBMITTED", 39, "RETURNED", 112, "APPROVED", 46,
                "PUBLISHED", 68);
        numbers.forEach((state, number) -> work.items.put(state, register.item("A/78/19", number).orElseThrow().id()));

        StatusView draft = work.draft(workflow, "DRAFT", "Secret draft text " + DRAFT + ".");
        workflow.attachEvidence(draft.id(), "Evidence " + EVIDENCE, "https://example.org/" + EVIDENCE, FOCAL);
        work.submit(workflow, work.draft(workflow, "SUBMITTED", "Secret submitted text " + SUBMITTED + "."));
        StatusView toReturn = work.submit(workflow, work.draft(workflow, "RETURNED", "Secret text " + RETURNED + "."));
        workflow.returnWithMessage(toReturn.id(), "Secret message " + RETURN_MESSAGE, toReturn.version(), REVIEWER);
        StatusView toApprove = work.submit(workflow, work.draft(workflow, "APPROVED", "Secret text " + APPROVED + "."));
        workflow.approve(toApprove.id(), toApprove.version(), REVIEWER);

        StatusView first = work.submit(workflow, work.draft(workflow, "PUBLISHED", "Earlier text " + EARLIER_TEXT + "."));
        StatusView returned = workflow.returnWithMessage(first.id(), "Secret message " + MESSAGE_BEFORE_PUBLISHING,
                first.version(), REVIEWER);
        StatusView revised = workflow.saveDraft(work.cycle, work.items.get("PUBLISHED"), Status.IMPLEMENTED,
                "Published text " + PUBLISHED + ".", returned.version(), FOCAL);
        StatusView resubmitted = work.submit(workflow, revised);
        StatusView approved = workflow.approve(resubmitted.id(), resubmitted.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);
        return work;
    }

    private StatusView draft(WorkflowService workflow, String state, String text) {
        return workflow.saveDraft(cycle, items.get(state), Status.IMPLEMENTED, text, null, FOCAL);
    }

    private StatusView submit(WorkflowService workflow, StatusView update) {
        return workflow.submit(update.id(), update.version(), FOCAL);
    }
}
