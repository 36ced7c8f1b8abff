-- Evidence content in chunks, so a file is streamed in and out instead of being held whole in memory.
create table evidence_chunk (
    sha256 varchar(64) not null references evidence_content (sha256),
    seq    integer     not null,
    data   bytea       not null,
    primary key (sha256, seq)
);
insert into evidence_chunk (sha256, seq, data) select sha256, 0, content from evidence_content;
alter table evidence_content drop column content;
