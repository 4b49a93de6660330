#!/usr/bin/env node
// Sums up the dumps (--dump) of the mixes that ran together: every page open, every UIDL round trip and the
// sign-ins of all of them, with the targets of issue #17 beside the figures. Usage: summary.mjs TITLE PAGE_TARGET
// UIDL_TARGET FILE... (a target of 0 prints no verdict). A FILE ending in -cpu.txt holds the CPU ticks (10 ms) of
// the server's process before and after the runs, then optionally the database's: "s0 s1 [d0 d1]"; the summary then
// gives the CPU per round trip, a sign-in counted as three (its login page, its form and its first page).
import fs from 'node:fs';

const [title, pageTarget, uidlTarget, ...files] = process.argv.slice(2);
const all = { sessions: 0, errors: 0, page: [], uidl: [], signin: [] };
let cpu = null;
for (const f of files) {
  if (f.endsWith('-cpu.txt')) { cpu = fs.readFileSync(f, 'utf8').trim().split(/ +/).map(Number); continue; }
  const d = JSON.parse(fs.readFileSync(f, 'utf8'));
  all.sessions += d.sessions; all.errors += d.errors;
  for (const k of ['page', 'uidl', 'signin']) all[k].push(...d[k]);
}
const pct = (a, p) => a.length ? a[Math.min(a.length - 1, Math.ceil(p / 100 * a.length) - 1)] : NaN;
const line = (name, a, target) => {
  a.sort((x, y) => x - y);
  const f = v => Number.isNaN(v) ? '-' : v.toFixed(0);
  const verdict = +target ? (pct(a, 95) <= +target ? `  target p95 ≤ ${target} ms: met` : `  target p95 ≤ ${target} ms: NOT met`) : '';
  return `${name.padEnd(22)} ${String(a.length).padStart(7)}  p50 ${f(pct(a, 50)).padStart(6)}  p95 ${f(pct(a, 95)).padStart(6)}` +
    `  p99 ${f(pct(a, 99)).padStart(6)} ms${verdict}`;
};
console.log(`== ${title}: ${all.sessions} sign-ins, ${all.errors} errors`);
console.log(line('page opens', all.page, pageTarget));
console.log(line('UIDL round trips', all.uidl, uidlTarget));
console.log(line('sign-ins (bcrypt)', all.signin, 0));
if (cpu) {
  const trips = all.uidl.length + 3 * all.signin.length, per = (from, to) => ((to - from) * 10 / trips).toFixed(1);
  console.log(`CPU per round trip (${trips}, a sign-in counted as three): server ${per(cpu[0], cpu[1])} ms` +
    (cpu.length > 2 ? `, database ${per(cpu[2], cpu[3])} ms` : ''));
}
