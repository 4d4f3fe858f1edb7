-- Reads narrowed to dimension values (a personnel category, a sex) find an indicator's values by combination
-- and year; without this index PostgreSQL walked the whole unique key per combination (docs/benchmarks.md).
create index data_value_by_combo on data_value (indicator_id, combo_id, period_year);
