// Which automatic backups to keep: the 7 newest daily ones, and the newest of each of the 4 weeks
// before the ones those cover — about five weeks back, at the cost of ~11 folders whose documents
// are hard links (see backup.ts). Manual backups and the ones made before a restore or a migration are
// the user's and are never removed automatically. Pure, for tests.

/** ISO-8601 week ('2027-W11') of a local date 'YYYY-MM-DD'. */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  day.setUTCDate(day.getUTCDate() - weekday + 3); // the Thursday of this week decides the year
  const year = day.getUTCFullYear();
  const week = 1 + Math.floor((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function dailyBackupsToKeep(dates: readonly string[], keepDaily = 7, keepWeekly = 4): Set<string> {
  const newestFirst = [...new Set(dates)].sort().reverse();
  const keep = new Set(newestFirst.slice(0, keepDaily));
  // Weeks that already have a daily backup kept need no weekly one: the weekly ones reach further back.
  const covered = new Set([...keep].map(isoWeek));
  const weeks = new Map<string, string>();
  for (const date of newestFirst.slice(keepDaily)) {
    const week = isoWeek(date);
    if (!covered.has(week) && !weeks.has(week)) weeks.set(week, date);
  }
  for (const date of [...weeks.values()].slice(0, keepWeekly)) keep.add(date);
  return keep;
}
