-- H2 compares with a binary collation, so plain indexes serve prefix searches.
create index ix_member_name_search on member (name_search);
create index ix_org_unit_name_search on org_unit (name_search);
