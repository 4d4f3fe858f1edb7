-- Accounts can be disabled (they cannot sign in) and can be made to choose a new password at their next
-- sign-in (the generated administrator password, a password reset by an administrator).
alter table account add column disabled boolean default false not null;
alter table account add column must_change_password boolean default false not null;

-- An editor closes a reporting cycle; after that no draft or submission is accepted in it.
alter table reporting_cycle add column closed_at timestamp with time zone;
alter table reporting_cycle add column closed_by varchar(100);
