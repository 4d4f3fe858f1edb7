package org.peacetrack.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.peacetrack.extraction.Addressee;

/** One recommendation, commitment or action, numbered within its framework. */
@Entity
@Indexed(index = "tracked_item")
@Table(name = "tracked_item")
class TrackedItemEntity {

    @Id
    @PropertyBinding(binder = @PropertyBinderRef(name = "org.peacetrack.search.SampleBinder"))
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "framework_id")
    long frameworkId;
    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    @Column(name = "item_number")
    public int number;
    @FullTextField(analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    public String title;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @FullTextField(name = "themeText", analyzer = "english")
    public String theme;
    @FullTextField(name = "text", analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @PropertyBinding(binder = @PropertyBinderRef(name = "org.peacetrack.search.MentionsBinder"))
    public String body;
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "status", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "current_status")
    public Status currentStatus;
    @Column(name = "created_at")
    Instant createdAt;
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "addressee", aggregable = Aggregable.YES)
    Addressee addressee;
    /** The Secretariat entities responsible, each once, in the order first named (ADR 0048). */
    @ElementCollection
    @CollectionTable(name = "item_entity", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "seq")
    @Column(name = "entity")
    List<String> responsibleEntities = new ArrayList<>();
    /** The missions the item concerns, each once, in the order first named (ADR 0048). */
    @ElementCollection
    @CollectionTable(name = "item_mission", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "seq")
    @Column(name = "mission")
    List<String> missions = new ArrayList<>();
    @Column(name = "operative_verb")
    String operativeVerb;
    @Column(name = "source_paragraph_id")
    Long sourceParagraphId;
    /** Never read by the application: it tells the index which statuses to update when the theme changes. */
    @OneToMany(mappedBy = "item")
    List<StatusUpdateEntity> updates = new ArrayList<>();

    protected TrackedItemEntity() {
    }

    /** Known only by its number until its framework's source report is imported. */
    public static TrackedItemEntity placeholder(FrameworkEntity framework, int number, Instant now) {
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
    void describe(C34Recommendation recommendation, Optional<Theme> theme) {
        title = ShortTitle.of(recommendation.text(), recommendation.operativeVerb())
                .orElse(title);
        body = recommendation.text();
        theme.ifPresent(this::placeIn);
        addressee = recommendation.addressee();
        operativeVerb = recommendation.operativeVerb();
        sourceParagraphId = recommendation.paragraphId();
    }

    /** An action of an action plan: its text becomes its body and its title, shortened. */
    void describe(PlannedAction action) {
        this.body = action.text();
        this.title = ShortTitle.of(action.text(), null).orElse("Action " + action.number());
        this.theme = action.theme();
        if (!responsibleEntities.equals(distinct(action.responsibleEntities()))) {
            responsibleEntities.clear();
            responsibleEntities.addAll(distinct(action.responsibleEntities()));
        }
    }

    /** Adds the missions and entities a status text names to those already known for the item. */
    void concerns(List<String> moreMissions, List<String> moreEntities) {
        addNew(missions, moreMissions);
        addNew(responsibleEntities, moreEntities);
    }

    /** Appends only what is not there yet, so that the rows already stored keep their places. */
    private static void addNew(List<String> known, List<String> more) {
        distinct(more).stream().filter(value -> !known.contains(value)).forEach(known::add);
    }

    private static List<String> distinct(List<String> values) {
        Set<String> once = new LinkedHashSet<>();
        values.stream().map(String::strip).filter(v -> !v.isEmpty()).forEach(once::add);
        return List.copyOf(once);
    }

    List<String> responsibleEntities() {
        return List.copyOf(responsibleEntities);
    }

    List<String> missions() {
        return List.copyOf(missions);
    }

    /** Files the item under the theme, worded as its report words the heading. */
    void placeIn(Theme theme) {
        this.theme = theme.heading();
    }

    public void publishedStatus(Status status) {
        this.currentStatus = status;
    }
}
