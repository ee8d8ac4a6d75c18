-- Accounts created by the demo data are marked, so that a production start can check them for demo passwords
-- without hashing every password of every account.
alter table app_user add column demo_account boolean default false not null;
