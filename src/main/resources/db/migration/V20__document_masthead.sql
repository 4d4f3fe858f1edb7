-- What a United Nations document's masthead states besides symbol, date and session (ADR 0022), and the year
-- the document is of where no date is printed (the one its symbol states or its session opened in).
alter table document add column distribution varchar(16);
alter table document add column agenda_item varchar(64);
alter table document add column issued_year integer;
update document set issued_year = extract(year from issued_on) where issued_on is not null;
