-- Third analytics table (ADR 0041, second amendment; ADR 0058): per indicator, combination of dimension values
-- and period, the sum and count of the values over all organisations. Reads filtered on two or more dimensions
-- (or a breakdown by one dimension under a filter on another) without a mission chosen read it instead of
-- data_value: 55 s against 0.2 s for a whole monthly series at 10 million values (docs/benchmarks.md).
-- Rebuilt with the other totals after each import of the indicator's values, in the import's transaction;
-- filled here from the values already stored.
create table data_value_combo_total (
    indicator_id bigint           not null,
    combo_id     bigint           not null,
    period       varchar(10)      not null,
    period_year  integer          not null,
    value_sum    double precision not null,
    value_count  integer          not null,
    primary key (indicator_id, combo_id, period)
);
create index data_value_combo_total_by_year on data_value_combo_total (indicator_id, period_year, combo_id);

insert into data_value_combo_total (indicator_id, combo_id, period, period_year, value_sum, value_count)
select indicator_id, combo_id, period, min(period_year), sum(numeric_value), count(*)
from data_value group by indicator_id, combo_id, period;
