-- Action plans' actions name the entities responsible for them.
alter table tracked_item add column responsible_entities varchar(500);
-- The missions an item concerns, as its texts name them.
alter table tracked_item add column missions varchar(500);
