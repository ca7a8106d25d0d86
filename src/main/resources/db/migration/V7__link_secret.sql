-- The key of the signed personal links (leave the network, confirm an e-mail address, object to a protocol,
-- cast a digital vote) when governance.links.secret is not set: generated once at the first use, shared by
-- every instance of a cluster.
create table link_secret (
    id     varchar(40)  primary key,
    secret varchar(200) not null
);
