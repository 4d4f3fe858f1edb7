package org.peacetrack.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;

@Entity
@Indexed(index = "paragraph")
@Table(name = "paragraph")
class ParagraphEntity {

    @Id
    @PropertyBinding(binder = @PropertyBinderRef(name = "org.peacetrack.search.SampleBinder"))
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "document_id")
    long documentId;
    int seq;
    @KeywordField(name = "paragraphNumber", projectable = Projectable.YES)
    @Column(name = "para_number")
    String number;
    @Column(name = "section_number")
    String sectionNumber;
    @FullTextField(name = "title", analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @Column(name = "section_title")
    String sectionTitle;
    String footnotes;
    @FullTextField(name = "text", analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @PropertyBinding(binder = @PropertyBinderRef(name = "org.peacetrack.search.MentionsBinder"))
    String body;

    protected ParagraphEntity() {
    }

    ParagraphEntity(long documentId, NewParagraph p) {
        this.documentId = documentId;
        this.seq = p.seq();
        this.number = p.number();
        this.sectionNumber = p.sectionNumber();
        this.sectionTitle = p.sectionTitle();
        this.footnotes = String.join(",", p.footnotes());
        this.body = p.text();
    }

    ParagraphView view() {
        List<String> marks = footnotes == null || footnotes.isEmpty() ? List.of() : Arrays.asList(footnotes.split(","));
        return new ParagraphView(id, documentId, seq, number, sectionNumber, sectionTitle, marks, body);
    }
}
