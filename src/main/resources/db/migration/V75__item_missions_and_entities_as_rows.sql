-- Issue 13, ADR 0048: the missions an item concerns and the entities responsible for it were one
-- comma-joined string each on tracked_item (V6). They become rows, one value each, in the order they were
-- first named (seq from 0), and go with their item. The Java migration V76 carries the strings over and
-- drops the two columns.
create table item_mission (
    item_id bigint       not null references tracked_item (id) on delete cascade,
    seq     integer      not null,
    mission varchar(200) not null,
    constraint item_mission_pk primary key (item_id, seq)
);

create table item_entity (
    item_id bigint       not null references tracked_item (id) on delete cascade,
    seq     integer      not null,
    entity  varchar(200) not null,
    constraint item_entity_pk primary key (item_id, seq)
);
