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

delete r from progress_report r
    join project p on p.id = r.project_id
    join app_user u on u.agency_id = p.agency_id and u.username like 'load%'
where r.report_month >= @open
  and not exists (select 1 from frozen_report f where f.report_id = r.id)
  and not exists (select 1 from report_evidence e where e.report_id = r.id);

select count(*) as load_officers from app_user where username like 'load%';
