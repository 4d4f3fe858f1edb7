-- A change's state before and after carries the reviewer's message, which may be as long as the message
-- column (4000 characters): the audit columns were as long, so a long message made the log entry fail, and
-- with it every later revision of the update (issue 14). They now hold what the text columns hold.
alter table change_log alter column before_state set data type varchar(1000000);
alter table change_log alter column after_state set data type varchar(1000000);
