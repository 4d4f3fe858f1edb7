-- Two-factor sign-in (issue 14): the account's TOTP secret (RFC 6238, base32) once its owner has enrolled
-- an authenticator app; null while they have not.
alter table account add column totp_secret varchar(64);
