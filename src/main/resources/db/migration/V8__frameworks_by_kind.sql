-- The browse page lists the principal frameworks (C-34 sessions, A4P, A4P+) on every request; with
-- thousands of action plans beside them, finding those few took a scan of the whole table.
create index framework_by_kind on framework (kind);
