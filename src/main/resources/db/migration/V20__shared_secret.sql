-- Random secrets every node shares (the key that signs device cookies), made by the first node that needs one
create table shared_secret (
    name   varchar(64) primary key,
    secret varchar(128) not null
);
