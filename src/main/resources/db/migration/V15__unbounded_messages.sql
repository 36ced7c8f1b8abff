-- A notification lists every gap of a returned file and the audit keeps whole notes: neither may be cut or refused.
alter table notification alter column message set data type varchar;
alter table audit_log alter column old_value set data type varchar;
alter table audit_log alter column new_value set data type varchar;
alter table audit_log alter column reason set data type varchar;
