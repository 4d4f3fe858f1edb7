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
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
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
class TrackedItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "framework_id")
    long frameworkId;
    @GenericField(projectable = Projectable.YES)
    @Column(name = "item_number")
    int number;
    @FullTextField(analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    String title;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @FullTextField(name = "themeText", analyzer = "english")
    String theme;
    @FullTextField(name = "text", analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @PropertyBinding(binder = @PropertyBinderRef(name = "org.peacetrack.search.MentionsBinder"))
    String body;
    @Enumerated(EnumType.STRING)
    @KeywordField(name = "status", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "current_status")
    Status currentStatus;
    @Column(name = "created_at")
    Instant createdAt;

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

    void placeInTheme(String theme) {
        if (theme != null) {
            this.theme = theme;
        }
    }

    void publishedStatus(Status status) {
        this.currentStatus = status;
    }
}
