-- The case number counter now counts document numbers too, named "document/<issuer code>/<type>".
alter table case_number_counter alter column prefix set data type varchar(120);
