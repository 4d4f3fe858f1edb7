-- ADR 0056: work done once across nodes. A node locks a row (select ... for update skip locked) for as long as
-- the work runs, so the lock dies with the node's connection; last_done lets periodic work run once per
-- interval across the nodes. held_by and held_since say who took it last, for whoever looks.
create table node_lock (
    name       varchar(100) not null primary key,
    held_by    varchar(200),
    held_since timestamp,
    last_done  timestamp
);
