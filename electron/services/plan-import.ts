// `regie import PLAN.json`: a whole plan in one transaction. Everything is checked first (structure by the
// schema, names and files here, each error naming its field by path), so a bad plan changes nothing.
// Rows are matched by natural keys (body name, municipality and person name, meeting date, item title,
// document hash), so importing the same plan twice changes nothing the second time.
import { randomUUID } from 'node:crypto';
import { resolve, isAbsolute } from 'node:path';
import { realpath, stat } from 'node:fs/promises';
import { isInside, realPathOf } from './output-path';
import { planSchema, type Plan, type PlanDecision } from '../../shared/api/plan';
import type { Target } from '../../shared/domain/types';
import { TARGET_REACHES, statusOfResult } from '../../shared/rules/chain';
import { syncFollowUps } from './chain/follow-ups';
import { followUpId } from './chain/ids';
import { getFollowUp } from '../../db/repos/chain';
import type { ImportSummary } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { DEFAULT_DEADLINES, DEFAULT_FIXED_WORDING, DEFAULT_RECURRING } from '../../shared/domain/types';
import { momentOfLocal } from '../../shared/rules/clock';
import { kindRules } from '../../shared/domain/item-kinds';
import { orderRows } from './read/order';
import {
  actionsOfMeeting,
  attendanceOfMeeting,
  closedDaysOf,
  decisionsOfItem,
  documentsOfItem,
  findBodyByName,
  findMunicipalityByName,
  findPersonByName,
  itemsOfMeeting,
  liveMembershipsOf,
  rotationLinksOf,
} from '../../db/repos/reads';
import {
  insertRow,
  updateRow,
  type ChangeContext,
  type NewRow,
  type OnlyColumnsOf,
  type RowPatch,
} from '../../db/tracked';
import type { TrackedTable } from '../../db/schema';
import { act, type AppContext } from './context';
import { validationError } from './dispatch';
import { ensureMunicipality } from './handlers/bodies';
import { insertMeeting, overrideColumns } from './handlers/meetings';
import { addDocument, nextTypedPosition, titleFromFileName } from './handlers/items';
import { loadBodyState } from './read/body-state';
import type { StoredFile } from './document-store';
import { removeUnreferenced } from './check';

type Counter = Record<string, number>;

function fail(path: string, message: string): never {
  throw new ApiError('invalid', `Ongeldig plan — ${path}: ${message}`, [{ path, message }]);
}

/**
 * A plan's document: a regular file inside the plan's folder, after resolving symbolic links — never a file
 * elsewhere on the laptop ("/etc/shadow", "../../…", a link that points out, /proc/self/environ, a device), which
 * would be copied into the store and travel to other laptops in packages. Returns its real path.
 */
async function planDocument(file: string, baseDir: string, path: string): Promise<string> {
  const folder = realPathOf(baseDir);
  const given = isAbsolute(file) ? file : resolve(baseDir, file);
  if (!isInside(resolve(given), resolve(baseDir)) && !isInside(resolve(given), folder))
    fail(path, `"${file}" ligt buiten de map van het plan (${baseDir}); zet het document in die map`);
  let real: string;
  try {
    real = await realpath(given);
  } catch {
    fail(path, `bestand "${file}" niet gevonden`);
  }
  if (!isInside(real, folder))
    fail(path, `"${file}" verwijst naar een bestand buiten de map van het plan (${real})`);
  const info = await stat(real);
  if (info.isDirectory()) fail(path, `"${file}" is een map, geen bestand`);
  if (!info.isFile()) fail(path, `"${file}" is geen gewoon bestand`);
  return real;
}

/** Checks names and files against the plan itself; returns the resolved absolute file paths. */
async function checkReferences(plan: Plan, baseDir: string): Promise<Map<string, string>> {
  const municipalities = new Set(plan.municipalities.map((m) => m.toLowerCase()));
  plan.body.rotation.forEach((m, i) => {
    if (!municipalities.has(m.toLowerCase())) fail(`body.rotation[${i}]`, `onbekende gemeente "${m}"`);
  });
  const people = new Set(plan.people.map((p) => p.name.toLowerCase()));
  plan.people.forEach((p, i) => {
    if (p.municipality && !municipalities.has(p.municipality.toLowerCase()))
      fail(`people[${i}].municipality`, `onbekende gemeente "${p.municipality}"`);
    if (p.roles.includes('opdrachtgever') && !p.municipality)
      fail(`people[${i}].municipality`, 'een opdrachtgever hoort bij een gemeente');
  });
  const person = (path: string, name: string | undefined) => {
    if (name !== undefined && !people.has(name.toLowerCase())) fail(path, `onbekende persoon "${name}"`);
  };
  const files = new Map<string, string>();
  const dates = new Set<string>();
  for (const [mi, m] of plan.meetings.entries()) {
    const at = `meetings[${mi}]`;
    if (dates.has(m.date)) fail(`${at}.date`, `de datum ${m.date} staat twee keer in het plan`);
    dates.add(m.date);
    if (m.host && !plan.body.rotation.some((r) => r.toLowerCase() === m.host?.toLowerCase()))
      fail(`${at}.host`, `onbekende gemeente "${m.host}"`);
    person(`${at}.chair`, m.chair);
    person(`${at}.notulist`, m.notulist);
    for (const [ii, item] of m.items.entries()) {
      person(`${at}.items[${ii}].submittedBy`, item.submittedBy);
      for (const [di, doc] of item.documents.entries())
        files.set(
          `${mi}/${ii}/${di}`,
          await planDocument(doc.file, baseDir, `${at}.items[${ii}].documents[${di}].file`),
        );
    }
    if (m.minutes) {
      const total = m.items.length + 3;
      if (m.minutes.sentOn && m.minutes.sentOn < m.date)
        fail(`${at}.minutes.sentOn`, `het verslag kan niet vóór de vergadering (${m.date}) verstuurd zijn`);
      m.minutes.present.forEach((n, i) => person(`${at}.minutes.present[${i}]`, n));
      m.minutes.absent.forEach((n, i) => person(`${at}.minutes.absent[${i}]`, n));
      for (const [ri, rec] of m.minutes.items.entries()) {
        if (rec.item > total)
          fail(`${at}.minutes.items[${ri}].item`, `de agenda heeft ${total} punten, geen punt ${rec.item}`);
        rec.actions.forEach((a, ai) => person(`${at}.minutes.items[${ri}].actions[${ai}].who`, a.who));
        // Items 1 and 2 and the last are the fixed ones; the plan's items are 3, 4, …
        const item = m.items[rec.item - 3];
        rec.decisions.forEach((d, di) =>
          checkDecision(
            plan,
            d,
            item && kindRules(item.kind)?.decidedElsewhere ? (item.target ?? null) : undefined,
            `${at}.minutes.items[${ri}].decisions[${di}]`,
          ),
        );
      }
    }
  }
  return files;
}

/**
 * A decision's destination only on a voorbereidend item (`itemTarget` undefined: another kind), and outcomes
 * only from its destinations: "stuurgroep" and the municipalities of the body's rotation.
 */
function checkDecision(
  plan: Plan,
  decision: PlanDecision,
  itemTarget: Target | null | undefined,
  at: string,
): void {
  if (decision.destination && itemTarget === undefined)
    fail(`${at}.destination`, 'alleen een besluit bij een voorbereidend punt heeft een bestemming');
  const destination = decision.destination ?? itemTarget ?? null;
  if (decision.outcomes.length > 0 && !destination)
    fail(
      `${at}.outcomes`,
      'alleen een advies met een bestemming (stuurgroep, colleges of beide) heeft uitkomsten',
    );
  if (!destination) return;
  const reach = TARGET_REACHES[destination];
  const allowed = [
    ...(reach.stuurgroep ? ['stuurgroep'] : []),
    ...(reach.colleges ? plan.body.rotation : []),
  ];
  const seen = new Set<string>();
  decision.outcomes.forEach((o, oi) => {
    const by = o.by.toLowerCase();
    if (!allowed.some((a) => a.toLowerCase() === by))
      fail(`${at}.outcomes[${oi}].by`, `"${o.by}" is geen bestemming van dit advies (${allowed.join(', ')})`);
    if (seen.has(by)) fail(`${at}.outcomes[${oi}].by`, `"${o.by}" staat twee keer bij dit advies`);
    seen.add(by);
  });
}

export async function importPlan(ctx: AppContext, raw: unknown, baseDir: string): Promise<ImportSummary> {
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) {
    const error = validationError(parsed.error);
    throw new ApiError(
      'invalid',
      error.message.replace('Ongeldige invoer', 'Ongeldig plan'),
      error.body.issues,
    );
  }
  const plan = parsed.data;
  const files = await checkReferences(plan, baseDir);
  // Copy documents into the store first (content-addressed); a failed import removes the ones it added.
  const stored = new Map<string, StoredFile>();
  for (const [key, path] of files) stored.set(key, await ctx.files.putFile(path));

  const created: Counter = {};
  const updated: Counter = {};
  const bump = (c: Counter, k: string) => (c[k] = (c[k] ?? 0) + 1);
  const update = async <T extends TrackedTable, P extends RowPatch<T>>(
    cx: ChangeContext,
    table: T,
    id: string,
    patch: OnlyColumnsOf<RowPatch<T>, P>,
  ) => {
    if (await updateRow(cx, table, id, patch)) bump(updated, table);
  };
  const insert = async <T extends TrackedTable, R extends NewRow<T>>(
    cx: ChangeContext,
    table: T,
    row: OnlyColumnsOf<NewRow<T>, R>,
  ) => {
    await insertRow(cx, table, row);
    bump(created, table);
  };

  const added = [...stored.values()].filter((f) => f.added).map((f) => f.sha256);
  const bodyId = await act(ctx, `Plan "${plan.body.name}" geïmporteerd`, async (cx) => {
    const db = cx.trx;
    const deadlines = plan.body.deadlines ?? DEFAULT_DEADLINES;
    const bodyValues = {
      name: plan.body.name,
      submission_days: deadlines.submissionDays,
      distribution_days: deadlines.distributionDays,
      minutes_days: deadlines.minutesDays,
      day_unit: deadlines.unit,
      shift_to_working_day: deadlines.shiftToWorkingDay ? 1 : 0,
    };
    let body = await findBodyByName(db, plan.body.name);
    if (body) await update(cx, 'bodies', body.id, bodyValues);
    else {
      await insert(cx, 'bodies', {
        id: randomUUID(),
        fixed_wording: JSON.stringify(DEFAULT_FIXED_WORDING),
        recurring: JSON.stringify(DEFAULT_RECURRING),
        ...bodyValues,
      });
      body = await findBodyByName(db, plan.body.name);
    }
    if (!body) throw new Error('body vanished');
    const bodyIdLocal = body.id;

    const municipalityIds = new Map<string, string>();
    for (const name of plan.municipalities) {
      const existing = await findMunicipalityByName(db, name);
      const id = existing?.id ?? (await ensureMunicipality(cx, name));
      if (!existing) bump(created, 'municipalities');
      municipalityIds.set(name.toLowerCase(), id);
    }
    const links = await rotationLinksOf(db, bodyIdLocal);
    for (const [position, name] of plan.body.rotation.entries()) {
      const mid = municipalityIds.get(name.toLowerCase()) as string;
      const link = links.find((l) => l.municipality_id === mid);
      if (link) await update(cx, 'body_municipalities', link.id, { position });
      else
        await insert(cx, 'body_municipalities', {
          id: randomUUID(),
          body_id: bodyIdLocal,
          municipality_id: mid,
          position,
        });
    }
    const closed = await closedDaysOf(db, bodyIdLocal);
    for (const date of plan.body.closedDays) {
      if (!closed.some((c) => c.date === date))
        await insert(cx, 'closed_days', { id: randomUUID(), body_id: bodyIdLocal, date, reason: '' });
    }

    const personIds = new Map<string, string>();
    for (const p of plan.people) {
      const municipalityId = p.municipality
        ? (municipalityIds.get(p.municipality.toLowerCase()) ?? null)
        : null;
      const existing = await findPersonByName(db, p.name);
      let id = existing?.id;
      if (existing)
        await update(cx, 'people', existing.id, {
          email: p.email ?? existing.email,
          municipality_id: municipalityId,
        });
      else {
        id = randomUUID();
        await insert(cx, 'people', {
          id,
          name: p.name,
          email: p.email ?? '',
          municipality_id: municipalityId,
        });
      }
      personIds.set(p.name.toLowerCase(), id as string);
      const memberships = await liveMembershipsOf(db, bodyIdLocal, id as string);
      const roles = p.roles.length ? p.roles : ['lid' as const];
      for (const role of roles) {
        const mid = role === 'opdrachtgever' ? municipalityId : null;
        if (!memberships.some((m) => m.role === role && m.municipality_id === mid))
          await insert(cx, 'memberships', {
            id: randomUUID(),
            body_id: bodyIdLocal,
            person_id: id as string,
            role,
            municipality_id: mid,
            valid_from: null,
            valid_to: null,
          });
      }
    }
    const personId = (name: string) => personIds.get(name.toLowerCase()) ?? null;

    let state = await loadBodyState(db, bodyIdLocal);
    const meetingIds: string[] = [];
    for (const m of plan.meetings) {
      const hostId = m.host ? (municipalityIds.get(m.host.toLowerCase()) ?? null) : null;
      const existing = state.meetings.find((x) => x.date === m.date);
      let id: string;
      if (existing) {
        id = existing.id;
        await update(cx, 'meetings', id, {
          start_time: m.start,
          end_time: m.end ?? existing.end_time,
          location: m.location,
          status: m.status,
          ...(m.host ? { host_municipality_id: hostId } : {}),
        });
      } else {
        id = await insertMeeting(cx, state, {
          date: m.date,
          start: m.start,
          end: m.end ?? null,
          location: m.location,
          hostId,
          status: m.status,
        });
        bump(created, 'meetings');
      }
      meetingIds.push(id);
    }

    // Items and documents.
    for (const [mi, m] of plan.meetings.entries()) {
      const meetingId = meetingIds[mi] as string;
      const rows = await itemsOfMeeting(db, meetingId);
      for (const [ii, item] of m.items.entries()) {
        const values = {
          kind: item.kind,
          target: item.target ?? null,
          title: item.title,
          ...(item.explanation !== undefined ? { explanation: item.explanation } : {}),
          ...(item.proposal !== undefined ? { proposal: item.proposal } : {}),
          ...(item.submittedBy
            ? { submitter_person_id: personId(item.submittedBy), submitter_name: item.submittedBy }
            : {}),
          ...(item.submittedAt ? { submitted_at: item.submittedAt } : {}),
          ...(item.durationMinutes !== undefined ? { duration_minutes: item.durationMinutes } : {}),
        };
        const existing = rows.find((r) => r.fixed_role === null && r.title === item.title);
        let itemId: string;
        if (existing) {
          itemId = existing.id;
          await update(cx, 'agenda_items', itemId, values);
        } else {
          itemId = randomUUID();
          await insert(cx, 'agenda_items', {
            id: itemId,
            meeting_id: meetingId,
            fixed_role: null,
            position: await nextTypedPosition(db, meetingId),
            submitted_at: null,
            ...values,
          });
        }
        const docs = await documentsOfItem(db, itemId);
        for (const [di, doc] of item.documents.entries()) {
          const file = stored.get(`${mi}/${ii}/${di}`) as StoredFile;
          // Named as the plan names it (a link in the plan's folder keeps its own name).
          const path = doc.file;
          const same = docs.find((d) => d.sha256 === file.sha256);
          if (same) await update(cx, 'documents', same.id, { title: doc.title });
          else {
            await addDocument(cx, itemId, {
              title: doc.title || titleFromFileName(path),
              fileName: path.split(/[\\/]/).pop() ?? path,
              size: file.size,
              sha256: file.sha256,
              crc32: file.crc32,
            });
            bump(created, 'documents');
          }
        }
      }
    }

    // Overrides: only where the named person differs from what the rules give.
    state = await loadBodyState(db, bodyIdLocal);
    for (const [mi, m] of plan.meetings.entries()) {
      const id = meetingIds[mi] as string;
      const roles = state.roles.get(id);
      for (const [role, name] of [
        ['chair', m.chair],
        ['notulist', m.notulist],
      ] as const) {
        if (!name) continue;
        const wanted = personId(name);
        const holder = role === 'chair' ? roles?.chair : roles?.notulist;
        if (holder?.personId === wanted) continue;
        await update(cx, 'meetings', id, overrideColumns(role, wanted, 'volgens het geïmporteerde plan'));
        state = await loadBodyState(db, bodyIdLocal);
      }
    }

    // Minutes: attendance, notes, decisions, actions.
    for (const [mi, m] of plan.meetings.entries()) {
      if (!m.minutes) continue;
      const meetingId = meetingIds[mi] as string;
      const attendance = await attendanceOfMeeting(db, meetingId);
      for (const [status, names] of [
        ['present', m.minutes.present],
        ['absent', m.minutes.absent],
      ] as const) {
        for (const name of names) {
          const row = attendance.find((a) => a.name.toLowerCase() === name.toLowerCase());
          if (row) await update(cx, 'attendance', row.id, { status });
          else
            await insert(cx, 'attendance', {
              id: randomUUID(),
              meeting_id: meetingId,
              person_id: personId(name),
              name,
              status,
              substitute_for: null,
            });
        }
      }
      const ordered = orderRows(await itemsOfMeeting(db, meetingId));
      for (const rec of m.minutes.items) {
        const item = ordered[rec.item - 1];
        if (!item) continue;
        if (rec.notes !== undefined)
          await update(cx, 'agenda_items', item.id, { notes: rec.notes, status: 'handled' });
        const decisions = await decisionsOfItem(db, item.id);
        for (const [di, d] of rec.decisions.entries()) {
          const preparing = kindRules(item.kind)?.decidedElsewhere ?? false;
          if (d.destination && !preparing)
            fail(
              `meetings[${mi}].minutes.items[${m.minutes.items.indexOf(rec)}].decisions[${di}].destination`,
              'alleen een besluit bij een voorbereidend punt heeft een bestemming',
            );
          const destination = preparing ? (d.destination ?? item.target) : null;
          const existing = decisions.find((x) => x.text === d.text);
          let decisionId: string;
          if (existing) {
            decisionId = existing.id;
            if (existing.destination !== destination) {
              await update(cx, 'decisions', existing.id, { destination });
              await syncFollowUps(cx, existing, destination);
            }
          } else {
            decisionId = randomUUID();
            await insert(cx, 'decisions', {
              id: decisionId,
              meeting_id: meetingId,
              item_id: item.id,
              text: d.text,
              destination,
              follow_up_status: null,
              follow_up_answer: null,
              follow_up_answered_on: null,
              follow_up_reported_in_meeting_id: null,
            });
            await syncFollowUps(cx, { id: decisionId, meeting_id: meetingId }, destination);
          }
          for (const [oi, o] of d.outcomes.entries()) {
            const key =
              o.by.toLowerCase() === 'stuurgroep'
                ? 'stuurgroep'
                : (municipalityIds.get(o.by.toLowerCase()) as string);
            const followUp = await getFollowUp(db, followUpId(decisionId, key));
            if (!followUp || followUp.deleted_at)
              fail(
                `meetings[${mi}].minutes.items[${m.minutes.items.indexOf(rec)}].decisions[${di}].outcomes[${oi}].by`,
                `"${o.by}" is geen bestemming van dit advies`,
              );
            await update(cx, 'follow_ups', followUp.id, {
              status: o.result ? statusOfResult(o.result) : o.on ? 'geagendeerd' : 'open',
              on_date: o.on ?? null,
              result: o.result ?? null,
              ...(o.note !== undefined ? { note: o.note } : {}),
              ...(o.proposalNumber !== undefined ? { proposal_number: o.proposalNumber } : {}),
              ...(o.caseNumber !== undefined ? { case_number: o.caseNumber } : {}),
            });
          }
        }
        const actions = await actionsOfMeeting(db, meetingId);
        for (const a of rec.actions) {
          const existing = actions.find((x) => x.what === a.what);
          const values = {
            who_person_id: personId(a.who),
            who_name: a.who,
            due: a.due ?? null,
            status: a.status ?? 'open',
            // A closed action's day when the plan gives it; unknown (null) otherwise.
            closed_on: a.closedOn ?? null,
          };
          if (existing) await update(cx, 'actions', existing.id, values);
          else
            await insert(cx, 'actions', {
              id: randomUUID(),
              body_id: bodyIdLocal,
              meeting_id: meetingId,
              item_id: item.id,
              what: a.what,
              closed_in_meeting_id: null,
              ...values,
            });
        }
      }
      const meeting = state.meetings.find((x) => x.id === meetingId);
      // Minutes of a meeting held before the plan was written were sent then: on the day the plan says, or on
      // an unknown day — never "now", which would date them to the import.
      if (meeting && meeting.status === 'held' && meeting.minutes_status === 'draft')
        await update(cx, 'meetings', meetingId, {
          minutes_status: 'sent',
          minutes_sent_at: m.minutes.sentOn ? momentOfLocal(`${m.minutes.sentOn}T12:00`).toISOString() : null,
        });
    }
    return bodyIdLocal;
  }).catch(async (error: unknown) => {
    // Nothing was imported: the documents this import put in the store go again (no orphans).
    await removeUnreferenced(ctx, added).catch(() => undefined);
    throw error;
  });
  if (files.size) ctx.texts.schedule(); // the documents' text, for search, in the background
  return {
    bodyId,
    created,
    updated,
    unchanged: Object.keys(created).length === 0 && Object.keys(updated).length === 0,
  };
}
