-- A subject names the year, the unit and the whole message: 255 characters cut long messages ("…"), so unbounded.
alter table email_outbox alter column subject type varchar;
-- A staff member's daily digest of the tasks waiting on him belongs to no notification; one per recipient and day,
-- whichever node writes it first.
alter table email_outbox alter column notification_id drop not null;
alter table email_outbox add column digest_on date;
create unique index email_outbox_one_digest on email_outbox (recipient, digest_on) where digest_on is not null;
