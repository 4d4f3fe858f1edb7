-- Links to the evidence a focal point attaches to a status update (a report, a web page, a dataset).
create table evidence (
    status_update_id bigint        not null references status_update (id),
    label            varchar(300)  not null,
    url              varchar(2000) not null,
    added_by         varchar(100)  not null,
    added_at         timestamp with time zone not null
);
create index evidence_by_update on evidence (status_update_id);
