package org.peacetrack.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One recommendation, commitment or action, numbered within its framework. */
@Entity
@Table(name = "tracked_item")
class TrackedItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "framework_id")
    long frameworkId;
    @Column(name = "item_number")
    int number;
    String title;
    String theme;
    String body;
    @Enumerated(EnumType.STRING)
    @Column(name = "current_status")
    Status currentStatus;
    @Column(name = "created_at")
    Instant createdAt;
    String addressee;
    @Column(name = "responsible_entities")
    String responsibleEntities;
    String missions;
    @Column(name = "operative_verb")
    String operativeVerb;
    @Column(name = "source_paragraph_id")
    Long sourceParagraphId;

    protected TrackedItemEntity() {
    }

    /** Known only by its number until its framework's source report is imported. */
    static TrackedItemEntity placeholder(FrameworkEntity framework, int number, Instant now) {
        TrackedItemEntity item = new TrackedItemEntity();
        item.frameworkId = framework.id;
        item.number = number;
        item.title = "Recommendation " + number + " of " + framework.code;
        item.createdAt = now;
        return item;
    }

    /** An item that reference data defines, such as an A4P theme: known by its name alone. */
    static TrackedItemEntity named(FrameworkEntity framework, int number, String name, Instant now) {
        TrackedItemEntity item = placeholder(framework, number, now);
        item.title = name;
        return item;
    }

    /** Fills in what the recommendation's own report says; the id, and so every link to it, stays. */
    void describe(C34Recommendation recommendation) {
        title = ShortTitle.of(recommendation.text(), recommendation.operativeVerb())
                .orElse(title);
        body = recommendation.text();
        placeInTheme(recommendation.theme());
        addressee = recommendation.addressee();
        operativeVerb = recommendation.operativeVerb();
        sourceParagraphId = recommendation.paragraphId();
    }

    /** An action of an action plan: its text becomes its body and its title, shortened. */
    void describe(PlannedAction action) {
        this.body = action.text();
        this.title = ShortTitle.of(action.text(), null).orElse("Action " + action.number());
        this.theme = action.theme();
        this.responsibleEntities = action.responsibleEntities().isEmpty() ? null
                : String.join(",", action.responsibleEntities());
    }

    /** Adds the missions and entities a status text names to those already known for the item. */
    void concerns(List<String> moreMissions, List<String> moreEntities) {
        missions = merged(missions, moreMissions);
        responsibleEntities = merged(responsibleEntities, moreEntities);
    }

    private static String merged(String known, List<String> more) {
        Set<String> all = new LinkedHashSet<>();
        if (known != null) {
            all.addAll(List.of(known.split(",")));
        }
        all.addAll(more);
        return all.isEmpty() ? null : String.join(",", all);
    }

    void placeInTheme(String theme) {
        if (theme != null) {
            this.theme = theme;
        }
    }

    void publishedStatus(Status status) {
        this.currentStatus = status;
    }
}
