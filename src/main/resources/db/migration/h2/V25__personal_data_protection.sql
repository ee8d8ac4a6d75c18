-- Phone numbers encrypted at rest like the national ID: the AES-GCM ciphertext and a keyed hash (HMAC-SHA256) of the
-- normal form for exact-match search. The clear column is encrypted and dropped by the Java migration 25.1
-- (member.domain.MemberPhoneEncryption), which has the key from the configuration.
alter table member add column phone_encrypted varchar(200);
alter table member add column phone_hash varchar(64);
create index ix_member_phone_hash on member (phone_hash);

-- The audit log is append-only in the database too: UPDATE and DELETE of an audit event are refused by a trigger,
-- whatever the SQL comes from. (H2 fires no trigger on TRUNCATE; the PostgreSQL migration refuses that as well.)
create trigger audit_event_append_only before update, delete on audit_event for each row
    call 'vn.unioncare.casework.domain.AuditEventAppendOnly';
