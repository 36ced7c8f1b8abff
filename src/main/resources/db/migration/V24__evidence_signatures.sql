-- The check of the digital signatures of each evidence PDF, kept per content (SHA-256) rather than per evidence row:
-- the same bytes have the same signatures whoever attached them to whichever leaf, so they are checked once, and the
-- result goes when the content goes (EvidenceCleanup). anchors: the fingerprint of the trust anchors (certificates
-- and CRLs) the check used; when they change, results are checked again at start-up.
create table evidence_signature_check (
    sha256     varchar(64) primary key references evidence_content (sha256) on delete cascade,
    outcome    varchar(16) not null,
    anchors    varchar(64) not null,
    checked_at timestamp   not null
);

-- One row per signature found; signed_at as the signer's software claims it, in the server's time zone.
create table evidence_signature (
    sha256       varchar(64) not null references evidence_signature_check (sha256) on delete cascade,
    seq          integer     not null,
    signer_name  text,
    organisation text,
    signed_at    timestamp,
    integrity    varchar(16) not null,
    chain        varchar(16) not null,
    revocation   varchar(16) not null,
    revoked_at   timestamp,
    primary key (sha256, seq)
);
