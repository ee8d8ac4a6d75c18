-- Phone numbers encrypted at rest like the national ID: the AES-GCM ciphertext and a keyed hash (HMAC-SHA256) of the
-- normal form for exact-match search. The clear column is encrypted and dropped by the Java migration 25.1
-- (member.domain.MemberPhoneEncryption), which has the key from the configuration.
alter table member add column phone_encrypted varchar(200);
alter table member add column phone_hash varchar(64);
create index ix_member_phone_hash on member (phone_hash);
