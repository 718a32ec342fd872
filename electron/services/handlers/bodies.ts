// Bodies (overleggen), their rotation and closed days, and their people with roles.
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import type { PersonView } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { DEFAULT_FIXED_WORDING, DEFAULT_RECURRING, type Role } from '../../../shared/domain/types';
import {
  closedDaysOf,
  findBodyByName,
  findMunicipalityByName,
  getBody,
  getPerson,
  listBodies,
  listMunicipalities,
  liveMembershipsOf,
  rotationOf,
  membershipsOfBody,
  peopleOfBody,
  type Db,
} from '../../../db/repos/reads';
import { deleteRow, insertRow, softDelete, updateRow, type ChangeContext } from '../../../db/tracked';
import { act, type AppContext } from '../context';
import { bodyView, loadBodyBasics, loadBodyState } from '../read/body-state';

/** Finds a municipality by name, creating it when new. */
export async function ensureMunicipality(cx: ChangeContext, name: string): Promise<string> {
  const found = await findMunicipalityByName(cx.trx, name);
  if (found) return found.id;
  const id = randomUUID();
  await insertRow(cx, 'municipalities', { id, name: name.trim() });
  return id;
}

export function bodyHandlers(
  ctx: AppContext,
): Pick<
  Handlers,
  'bodies.list' | 'bodies.save' | 'municipalities.setPlace' | 'people.list' | 'people.save' | 'people.delete'
> {
  const db = ctx.store.db;
  return {
    async 'bodies.list'() {
      const bodies = await listBodies(db);
      return Promise.all(bodies.map(async (b) => bodyView(await loadBodyBasics(db, b.id))));
    },

    async 'bodies.save'(req) {
      const sameName = await findBodyByName(db, req.name);
      if (sameName && sameName.id !== req.id)
        throw new ApiError('conflict', `Er is al een overleg met de naam "${req.name}".`);
      const id = await act(
        ctx,
        req.id ? `Overleg "${req.name}" gewijzigd` : `Overleg "${req.name}" aangemaakt`,
        async (cx) => {
          const values = {
            name: req.name,
            short_name: req.shortName ?? null,
            submission_days: req.deadlines.submissionDays,
            distribution_days: req.deadlines.distributionDays,
            minutes_days: req.deadlines.minutesDays,
            day_unit: req.deadlines.unit,
            shift_to_working_day: req.deadlines.shiftToWorkingDay ? 1 : 0,
            ...(req.defaultStart ? { default_start: req.defaultStart } : {}),
            ...(req.fixedWording ? { fixed_wording: JSON.stringify(req.fixedWording) } : {}),
            ...(req.recurring ? { recurring: JSON.stringify(req.recurring) } : {}),
            ...(req.followUpWeeks !== undefined ? { follow_up_weeks: req.followUpWeeks } : {}),
            ...(req.stuurgroepBodyId !== undefined ? { stuurgroep_body_id: req.stuurgroepBodyId } : {}),
          };
          if (req.stuurgroepBodyId) {
            if (req.stuurgroepBodyId === req.id)
              throw new ApiError('invalid', 'Een overleg kan niet zijn eigen stuurgroep zijn.', [
                { path: 'stuurgroepBodyId', message: 'kies een ander overleg' },
              ]);
            if (!(await getBody(cx.trx, req.stuurgroepBodyId)))
              throw new ApiError('invalid', 'Het gekozen overleg voor de stuurgroep bestaat niet (meer).', [
                { path: 'stuurgroepBodyId', message: 'kies een bestaand overleg' },
              ]);
          }
          let bodyId = req.id;
          if (bodyId) {
            const existing = await getBody(cx.trx, bodyId);
            if (!existing) throw new ApiError('not_found', 'Dit overleg bestaat niet (meer).');
            await updateRow(cx, 'bodies', bodyId, values);
          } else {
            bodyId = randomUUID();
            await insertRow(cx, 'bodies', {
              id: bodyId,
              fixed_wording: JSON.stringify(DEFAULT_FIXED_WORDING),
              recurring: JSON.stringify(DEFAULT_RECURRING),
              ...values,
            });
          }
          await saveRotation(cx, bodyId, req.rotation);
          await saveClosedDays(cx, bodyId, req.closedDays);
          return bodyId;
        },
      );
      return bodyView(await loadBodyState(db, id));
    },

    async 'municipalities.setPlace'(req) {
      const municipality = (await listMunicipalities(db)).find((m) => m.id === req.municipalityId);
      if (!municipality) throw new ApiError('not_found', 'Deze gemeente bestaat niet (meer).');
      const name = req.name.trim();
      const address = req.address.trim();
      if (!name && address)
        throw new ApiError('invalid', `Geef ook de naam van de vergaderplaats van ${municipality.name} op.`, [
          { path: 'name', message: 'naam van de vergaderplaats ontbreekt' },
        ]);
      await act(ctx, `Vergaderplaats van ${municipality.name}: ${name || '(geen)'}`, (cx) =>
        updateRow(cx, 'municipalities', municipality.id, { place_name: name, place_address: address }),
      );
      return { municipalityId: municipality.id, municipality: municipality.name, name, address };
    },

    async 'people.list'(req) {
      return peopleViews(db, req.bodyId);
    },

    async 'people.save'(req) {
      await loadBodyState(db, req.bodyId); // the body must exist
      const personId = await act(
        ctx,
        req.id ? `Persoon "${req.name}" gewijzigd` : `Persoon "${req.name}" toegevoegd`,
        async (cx) => {
          const municipalityId = req.municipality ? await ensureMunicipality(cx, req.municipality) : null;
          let personId = req.id;
          if (personId) {
            if (!(await getPerson(cx.trx, personId)))
              throw new ApiError('not_found', 'Deze persoon bestaat niet (meer).');
            await updateRow(cx, 'people', personId, {
              name: req.name,
              email: req.email,
              municipality_id: municipalityId,
            });
          } else {
            personId = randomUUID();
            await insertRow(cx, 'people', {
              id: personId,
              name: req.name,
              email: req.email,
              municipality_id: municipalityId,
            });
          }
          await saveMemberships(cx, req.bodyId, personId, municipalityId, req.memberships);
          return personId;
        },
      );
      const views = await peopleViews(db, req.bodyId);
      const view = views.find((p) => p.id === personId);
      if (!view) throw new ApiError('internal', 'De persoon is opgeslagen maar niet teruggevonden.');
      return view;
    },

    async 'people.delete'(req) {
      await act(ctx, 'Persoon uit overleg verwijderd', async (cx) => {
        const memberships = await liveMembershipsOf(cx.trx, req.bodyId, req.id);
        if (memberships.length === 0)
          throw new ApiError('not_found', 'Deze persoon hoort niet bij dit overleg.');
        for (const m of memberships) await softDelete(cx, 'memberships', m.id);
      });
      return { ok: true as const };
    },
  };
}

async function saveRotation(cx: ChangeContext, bodyId: string, names: readonly string[]): Promise<void> {
  const current = await rotationOf(cx.trx, bodyId);
  const wanted: string[] = [];
  for (const name of names) wanted.push(await ensureMunicipality(cx, name));
  for (const link of current)
    if (!wanted.includes(link.id)) await deleteRow(cx, 'body_municipalities', link.linkId);
  for (const [position, municipalityId] of wanted.entries()) {
    const link = current.find((c) => c.id === municipalityId);
    if (link) await updateRow(cx, 'body_municipalities', link.linkId, { position });
    else
      await insertRow(cx, 'body_municipalities', {
        id: randomUUID(),
        body_id: bodyId,
        municipality_id: municipalityId,
        position,
      });
  }
}

async function saveClosedDays(
  cx: ChangeContext,
  bodyId: string,
  days: readonly { date: string; reason: string }[],
): Promise<void> {
  const current = await closedDaysOf(cx.trx, bodyId);
  const wanted = new Map(days.map((d) => [d.date, d.reason]));
  for (const day of current) {
    if (!wanted.has(day.date)) await deleteRow(cx, 'closed_days', day.id);
    else await updateRow(cx, 'closed_days', day.id, { reason: wanted.get(day.date) ?? '' });
  }
  for (const [date, reason] of wanted) {
    if (!current.some((c) => c.date === date))
      await insertRow(cx, 'closed_days', { id: randomUUID(), body_id: bodyId, date, reason });
  }
}

/**
 * Replaces a person's memberships of one body with the given list. Only one opdrachtgever per
 * municipality at a time: an overlapping term of someone else is refused with a clear message.
 */
async function saveMemberships(
  cx: ChangeContext,
  bodyId: string,
  personId: string,
  personMunicipalityId: string | null,
  wanted: readonly {
    role: Role;
    municipality?: string | null;
    validFrom?: string | null;
    validTo?: string | null;
  }[],
): Promise<void> {
  const all = await membershipsOfBody(cx.trx, bodyId);
  const mine = all.filter((m) => m.person_id === personId);
  const resolved = [];
  for (const [index, w] of wanted.entries()) {
    const municipalityId = w.municipality
      ? await ensureMunicipality(cx, w.municipality)
      : w.role === 'opdrachtgever'
        ? personMunicipalityId
        : null;
    if (w.role === 'opdrachtgever' && !municipalityId)
      throw new ApiError('invalid', 'Een opdrachtgever hoort bij een gemeente: kies de gemeente.', [
        { path: `memberships[${index}].municipality`, message: 'kies de gemeente' },
      ]);
    const from = w.validFrom ?? null;
    const to = w.validTo ?? null;
    if (from && to && from > to)
      throw new ApiError('invalid', 'De einddatum van een rol ligt vóór de begindatum.', [
        { path: `memberships[${index}].validTo`, message: 'einddatum vóór begindatum' },
      ]);
    if (w.role === 'opdrachtgever') {
      const clash = all.find(
        (m) =>
          m.person_id !== personId &&
          m.role === 'opdrachtgever' &&
          m.municipality_id === municipalityId &&
          (m.valid_to === null || from === null || m.valid_to >= from) &&
          (m.valid_from === null || to === null || m.valid_from <= to),
      );
      if (clash) {
        const other = await getPerson(cx.trx, clash.person_id);
        const message = `Deze gemeente heeft in die periode al een opdrachtgever (${other?.name ?? 'onbekend'}). Geef de voorganger een einddatum of deze rol een begindatum erna.`;
        throw new ApiError('conflict', message, [{ path: `memberships[${index}].validFrom`, message }]);
      }
    }
    resolved.push({ role: w.role, municipality_id: municipalityId, valid_from: from, valid_to: to });
  }
  const used = new Set<string>();
  for (const r of resolved) {
    const existing = mine.find(
      (m) => !used.has(m.id) && m.role === r.role && m.municipality_id === r.municipality_id,
    );
    if (existing) {
      used.add(existing.id);
      await updateRow(cx, 'memberships', existing.id, { valid_from: r.valid_from, valid_to: r.valid_to });
    } else {
      await insertRow(cx, 'memberships', { id: randomUUID(), body_id: bodyId, person_id: personId, ...r });
    }
  }
  for (const m of mine)
    if (
      !used.has(m.id) &&
      !resolved.some((r) => r.role === m.role && r.municipality_id === m.municipality_id)
    )
      await softDelete(cx, 'memberships', m.id);
}

async function peopleViews(db: Db, bodyId: string): Promise<PersonView[]> {
  const state = await loadBodyState(db, bodyId);
  const [people, memberships] = await Promise.all([peopleOfBody(db, bodyId), membershipsOfBody(db, bodyId)]);
  const municipalityNames = new Map((await listMunicipalities(db)).map((m) => [m.id, m.name]));
  const ref = (id: string | null) =>
    id ? { id, name: municipalityNames.get(id) ?? state.municipalityName.get(id) ?? id } : null;
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    municipality: ref(p.municipality_id),
    memberships: memberships
      .filter((m) => m.person_id === p.id)
      .map((m) => ({
        id: m.id,
        role: m.role,
        municipality: ref(m.municipality_id),
        validFrom: m.valid_from,
        validTo: m.valid_to,
      })),
  }));
}
