-- The load benchmark's officers (load/run.sh): one per agency with active projects this fiscal year, load1 … load250,
-- with the demo password, so each virtual officer files reports of their own agency (no two edit the same report).
-- Month's end: last month's and later reports of their projects are not filed yet (the generator files the whole
-- year), so each officer has reports due. Run against the benchmark's database only; it can run again.
set @fy = year(curdate()) + 543 + (month(curdate()) >= 10);
set @open = date_format(curdate() - interval 1 month, '%Y-%m-01');

insert ignore into app_user (version, username, full_name, enabled, password_hash, role, agency_id, language,
                             password_changed_at)
select 0, concat('load', n), concat('เจ้าหน้าที่ทดสอบโหลด ', n), 1,
       (select password_hash from app_user where username = 'officer'), 'OFFICER', agency_id, 'th', now()
from (select agency_id, row_number() over (order by agency_id) as n
      from (select distinct agency_id from project where status = 'ACTIVE' and fiscal_year = @fy) a) t
where n <= 250;

-- every other virtual person signs in with an account of their own too (each sign-in is a person, and the sign-in
-- provider lets one account have only as many tries being checked at once as it may still fail, decision 0032):
-- coordinators coord-load1 … coord-load1000 and heads head-load1 … head-load100 (the demo head's office, so
-- /approvals shows what it showed), and officers held-load1 … held-load1000 for the sessions held open (the demo
-- officer's unit)
insert ignore into app_user (version, username, full_name, enabled, password_hash, role, agency_id, language,
                             password_changed_at)
select 0, concat(prefix, n), concat(title, n), 1, u.password_hash, u.role, u.agency_id, 'th', now()
from (select 'coord-load' as prefix, 'ผู้ประสานงานทดสอบโหลด ' as title, 'coordinator' as model
      union all select 'head-load', 'หัวหน้าทดสอบโหลด ', 'head'
      union all select 'held-load', 'เจ้าหน้าที่เปิดค้างทดสอบโหลด ', 'officer') kinds
     join app_user u on u.username = kinds.model
     join (select 1 + a.d + 10 * b.d + 100 * c.d as n
           from (select 0 d union all select 1 union all select 2 union all select 3 union all select 4
                 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) a,
                (select 0 d union all select 1 union all select 2 union all select 3 union all select 4
                 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) b,
                (select 0 d union all select 1 union all select 2 union all select 3 union all select 4
                 union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) c
          ) numbers
where kinds.prefix <> 'head-load' or numbers.n <= 100;

delete r from progress_report r
    join project p on p.id = r.project_id
    join app_user u on u.agency_id = p.agency_id and u.username like 'load%'
where r.report_month >= @open
  and not exists (select 1 from frozen_report f where f.report_id = r.id)
  and not exists (select 1 from report_evidence e where e.report_id = r.id);

select count(*) as load_officers from app_user where username like 'load%';
select count(*) as load_others from app_user where username like '%-load%';
