-- A double submit could store several updates for one item in one reporting cycle (issue 14), after which
-- every page of the cycle failed. Keep the latest of each such group (last changed, then highest id), with
-- its evidence; drop the others and their evidence; then let the database refuse a second one. Imported
-- statuses have no cycle (null), and nulls never collide in a unique constraint.
delete from evidence where status_update_id in (
    select u.id from status_update u
    where u.cycle_id is not null and exists (
        select 1 from status_update v
        where v.cycle_id = u.cycle_id and v.item_id = u.item_id
          and (coalesce(v.updated_at, v.created_at) > coalesce(u.updated_at, u.created_at)
               or (coalesce(v.updated_at, v.created_at) = coalesce(u.updated_at, u.created_at) and v.id > u.id))));

delete from status_update
where cycle_id is not null and id in (
    select u.id from status_update u
    where u.cycle_id is not null and exists (
        select 1 from status_update v
        where v.cycle_id = u.cycle_id and v.item_id = u.item_id
          and (coalesce(v.updated_at, v.created_at) > coalesce(u.updated_at, u.created_at)
               or (coalesce(v.updated_at, v.created_at) = coalesce(u.updated_at, u.created_at) and v.id > u.id))));

alter table status_update add constraint status_update_one_per_cycle unique (cycle_id, item_id);
