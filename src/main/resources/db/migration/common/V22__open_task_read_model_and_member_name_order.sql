-- The supervision view at a city's scale (docs/benchmarks.md, M2): "overdue first, then the longest waiting" over
-- 100,000 open tasks needs indexes on the due date and on the creation time that Camunda's ACT_RU_TASK does not
-- have and that UnionCare's migrations cannot add (the engine creates its own tables). This read model holds one
-- row per open user task of a process, written in the engine's transaction by vn.unioncare.tasks.process
-- .OpenTaskListener and reconciled with ACT_RU_TASK at start-up (vn.unioncare.tasks.domain.OpenTaskTable).
create table open_task (
    task_id             varchar(64) not null primary key,
    process_instance_id varchar(64) not null,
    due_date            timestamp,
    create_time         timestamp   not null
);
-- overdue first: the few overdue tasks by due date, or the many in creation order
create index ix_open_task_due on open_task (due_date, create_time);
create index ix_open_task_created on open_task (create_time, task_id, due_date);
create index ix_open_task_instance on open_task (process_instance_id);

-- Member search (docs/benchmarks.md, M3): the list is ordered by the folded name. A common family name ("nguyen",
-- a third of all members) is then read in this index's order and cut at the end of the page, instead of fetching
-- and sorting every match; rare names keep being found through the trigram index of V21 (PostgreSQL).
create index ix_member_name_order on member (name_search, id);
