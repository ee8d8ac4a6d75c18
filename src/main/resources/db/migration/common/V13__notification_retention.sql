-- The retention clean-up deletes old notifications and sent e-mails by age.
create index ix_notification_created on notification (created_at);
create index ix_mail_outbox_created on mail_outbox (created_at);
