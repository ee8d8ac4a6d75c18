-- PostgreSQL uses a btree index for LIKE 'prefix%' only with the pattern operator class.
create index ix_member_name_search on member (name_search varchar_pattern_ops);
create index ix_org_unit_name_search on org_unit (name_search varchar_pattern_ops);
