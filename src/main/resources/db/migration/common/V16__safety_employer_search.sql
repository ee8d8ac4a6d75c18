-- The register finds an employer by part of its name (diacritics ignored) whether or not the report gave a tax code.
-- Reports made before this version get their name in lower case; new ones the name without diacritics.
alter table safety_report add column employer_search varchar(300);
update safety_report set employer_search = lower(employer_name);
alter table safety_report alter column employer_search set not null;
