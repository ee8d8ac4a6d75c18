-- Phone numbers encrypted at rest like the national ID: the AES-GCM ciphertext and a keyed hash (HMAC-SHA256) of the
-- normal form for exact-match search. The clear column is encrypted and dropped by the Java migration 25.1
-- (member.domain.MemberPhoneEncryption), which has the key from the configuration.
alter table member add column phone_encrypted varchar(200);
alter table member add column phone_hash varchar(64);
create index ix_member_phone_hash on member (phone_hash);

-- The audit log is append-only in the database too: UPDATE, DELETE and TRUNCATE of audit events are refused by
-- triggers, whatever the SQL comes from. A retention clean-up would be a privileged, documented step run by the
-- database owner (docs/reliability.md), never the application.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute procedure audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute procedure audit_event_append_only();
