// Field-level messages from an 'invalid' API error: issue paths such as `rotation[1]` or
// `memberships[0].validFrom` map to the form fields that show them.
import type { ApiErrorBody } from '../../../shared/api/define';

export type IssueMap = ReadonlyMap<string, string>;

export const NO_ISSUES: IssueMap = new Map();

export function issueMap(body: ApiErrorBody | null | undefined): IssueMap {
  const map = new Map<string, string>();
  for (const issue of body?.issues ?? []) if (!map.has(issue.path)) map.set(issue.path, issue.message);
  return map;
}

/** The message for a path, or for any path below it (`deadlines` also finds `deadlines.unit`). */
export function issueAt(issues: IssueMap, path: string): string | undefined {
  const exact = issues.get(path);
  if (exact) return exact;
  for (const [key, message] of issues)
    if (key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) return message;
  return undefined;
}

/** Issues not shown next to any of the given fields (to list them above the form). */
export function unplacedIssues(issues: IssueMap, placed: readonly string[]): string[] {
  const out: string[] = [];
  for (const [path, message] of issues)
    if (!placed.some((p) => path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`)))
      out.push(message);
  return out;
}
