-- Member search by a later word of the name ("van an" finds "Nguyễn Văn An"; docs/benchmarks.md, M3). Each member
-- has one row per word after the first, holding the folded name from that word on, so that "a later word starts
-- with the text" is a range of one btree, read in order and cut at the end of the page. (The trigram index of V21
-- served it only by rechecking every name that shares the text's syllables: 1.3 s for a full name in a small union.)
-- H2 compares strings by character code, so the range [text, text + 1) holds exactly the suffixes that
-- start with the text; folded names are lower-case ASCII. The member's union is repeated here so that the scope is
-- checked in the index, before any member row is read: by (org unit, word) for a small subtree, by (word, member,
-- org unit) for a wide one.
create table member_name_word (
    member_id   bigint       not null references member (id),
    word_number int          not null,
    org_unit_id bigint       not null references org_unit (id),
    word_suffix varchar(200) not null,
    primary key (member_id, word_number)
);
create index ix_member_name_word on member_name_word (word_suffix, member_id, org_unit_id);
create index ix_member_name_word_unit on member_name_word (org_unit_id, word_suffix);
