-- When content was stored: content no evidence references is removed once it is old enough not to be an upload
-- still being attached.
alter table evidence_content add column stored_at timestamp default current_timestamp not null;
