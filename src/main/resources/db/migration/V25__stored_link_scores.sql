-- Issue 18: what an item page shows about a link is computed once and stored, never on a page view.
-- score (V4) now also holds an explicit reference's similarity; unrelated: an explicit reference whose two
-- texts score below the matcher's threshold; matcher_version: the matcher that computed the score.
alter table item_link add column unrelated boolean default false not null;
alter table item_link add column matcher_version varchar(60);

-- The matcher version the stored scores were computed with: one row. A node that starts with another
-- version rescores every link; the guarded update of this row makes only one node do it. 'none' makes the
-- first start after this migration score the links made before it.
create table lineage_matcher (
    id      int          primary key,
    version varchar(60)  not null
);
insert into lineage_matcher (id, version) values (1, 'none');
