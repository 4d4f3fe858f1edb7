-- Second analytics table (ADR 0041): per indicator, period, organisation and single dimension value, the sum
-- and count of the values whose combination holds that value. Reads narrowed to one dimension (women's share of
-- one personnel category) and breakdowns by one dimension read it instead of scanning data_value.
-- Rebuilt with data_value_total after each import of the indicator's values, in the import's transaction.
create table data_value_dimension_total (
    indicator_id       bigint           not null,
    dimension_value_id bigint           not null,
    period             varchar(10)      not null,
    period_year        integer          not null,
    organisation       varchar(60)      not null,
    value_sum          double precision not null,
    value_count        integer          not null,
    primary key (indicator_id, dimension_value_id, period, organisation)
);
create index data_value_dimension_total_by_year on data_value_dimension_total (indicator_id, period_year, dimension_value_id);
