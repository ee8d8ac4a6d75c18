-- Member search at a million members (docs/benchmarks.md, M3). A name is found by the start of any word
-- (name_search like '% word%'), which no btree serves: a trigram index does. Card numbers and phones are found by
-- prefix; a btree serves LIKE 'prefix%' under a non-C collation only with the pattern operator class.
-- pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;
create index ix_member_name_words on member using gin (name_search gin_trgm_ops);
create index ix_member_card_prefix on member (card_number varchar_pattern_ops);
create index ix_member_phone_prefix on member (phone varchar_pattern_ops);
