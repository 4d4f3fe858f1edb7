-- Lineage: what a Special Committee report says of each recommendation, and scored, reviewable links.

alter table tracked_item add column addressee varchar(20);
alter table tracked_item add column operative_verb varchar(60);
alter table tracked_item add column source_paragraph_id bigint;
alter table tracked_item add constraint tracked_item_source_paragraph
    foreign key (source_paragraph_id) references paragraph (id);

-- score: text similarity of the two items (SIMILAR_TO); review_state: PROPOSED, CONFIRMED or REJECTED.
alter table item_link add column score double precision;
alter table item_link add column review_state varchar(20);
