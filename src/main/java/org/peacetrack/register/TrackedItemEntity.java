package org.peacetrack.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

/** One recommendation, commitment or action, numbered within its framework. */
@Entity
@Indexed(index = "tracked_item")
@Table(name = "tracked_item")
public class TrackedItemEntity {

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
    @KeywordField(name = "addressee", aggregable = Aggregable.YES)
    String addressee;
    @Column(name = "responsible_entities")
    String responsibleEntities;
    String missions;
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
    public void describe(C34Recommendation recommendation) {
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

    public void publishedStatus(Status status) {
        this.currentStatus = status;
    }
}
