-- Action plans' actions name the entities responsible for them.
alter table tracked_item add column responsible_entities varchar(500);
