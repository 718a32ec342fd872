// Calls of the ondersteuner's desk: bodies, people, meetings, agenda items, documents, attention, trash,
// undo, audit, plan import and the demo. Part of the one contract (../contract.ts).
import { z } from 'zod';
import { call, type CallSpec } from '../define';
import {
  bodySave,
  documentAdd,
  id,
  itemAdd,
  itemUpdate,
  meetingCreate,
  meetingUpdate,
  overrideRequest,
  personSave,
  requiredText,
  seriesRequest,
  text,
  lateResolution,
  trashTable,
} from '../schemas';
import type {
  AppInfo,
  AttachmentView,
  AttentionView,
  AuditEntry,
  BodyView,
  ItemView,
  MeetingDetail,
  MeetingPlaceView,
  MeetingSummary,
  PersonView,
  TrashEntry,
} from '../views';
import type { LocalDate } from '../../domain/types';

const empty = z.strictObject({}).default({});
const byId = z.strictObject({ id });
const byBody = z.strictObject({ bodyId: id });

export interface ImportSummary {
  bodyId: string;
  created: Record<string, number>;
  updated: Record<string, number>;
  unchanged: boolean;
}

export interface SeriesPreview {
  description: string;
  dates: { date: LocalDate; skipped: string | null; exists: boolean }[];
}

export interface MeetingChange {
  meeting: MeetingSummary;
  /** Dutch sentences: what changed for this and the following meetings. */
  changes: string[];
}

export const deskCalls = {
  'app.info': call<typeof empty, AppInfo>(empty),
  'demo.load': call<typeof empty, { bodyId: string }>(empty),
  'plan.import': call<z.ZodObject<{ plan: z.ZodUnknown; baseDir: z.ZodString }>, ImportSummary>(
    z.strictObject({ plan: z.unknown(), baseDir: requiredText(4000, 'map van het plan') }),
  ),

  'bodies.list': call<typeof empty, BodyView[]>(empty),
  'bodies.save': call<typeof bodySave, BodyView>(bodySave),

  // A municipality's meeting place (Instellingen): where meetings without a location of their own are held.
  'municipalities.setPlace': call<
    z.ZodObject<{ municipalityId: typeof id; name: z.ZodString; address: z.ZodString }>,
    MeetingPlaceView
  >(z.strictObject({ municipalityId: id, name: text(200), address: text(300) })),

  'people.list': call<typeof byBody, PersonView[]>(byBody),
  'people.save': call<typeof personSave, PersonView>(personSave),
  'people.delete': call<z.ZodObject<{ bodyId: typeof id; id: typeof id }>, { ok: true }>(
    z.strictObject({ bodyId: id, id }),
  ),

  'meetings.list': call<typeof byBody, MeetingSummary[]>(byBody),
  'meetings.get': call<typeof byId, MeetingDetail>(byId),
  'meetings.find': call<z.ZodObject<{ ref: z.ZodString; body: z.ZodOptional<z.ZodString> }>, MeetingDetail>(
    z.strictObject({ ref: requiredText(100, 'vergadering'), body: text(200).optional() }),
  ),
  'meetings.create': call<typeof meetingCreate, MeetingChange>(meetingCreate),
  'meetings.previewSeries': call<typeof seriesRequest, SeriesPreview>(seriesRequest),
  'meetings.createSeries': call<typeof seriesRequest, { created: MeetingSummary[]; changes: string[] }>(
    seriesRequest,
  ),
  'meetings.update': call<typeof meetingUpdate, MeetingChange>(meetingUpdate),
  'meetings.setOverride': call<typeof overrideRequest, MeetingChange>(overrideRequest),
  'meetings.delete': call<typeof byId, { changes: string[] }>(byId),

  'items.add': call<typeof itemAdd, ItemView>(itemAdd),
  'items.update': call<typeof itemUpdate, ItemView>(itemUpdate),
  'items.move': call<z.ZodObject<{ id: typeof id; toIndex: z.ZodNumber }>, { ok: true }>(
    z.strictObject({ id, toIndex: z.number().int().min(0) }),
  ),
  'items.delete': call<typeof byId, { ok: true }>(byId),
  'items.resolveLate': call<
    z.ZodObject<{ id: typeof id; decision: typeof lateResolution }>,
    { movedToMeetingId: string | null }
  >(z.strictObject({ id, decision: lateResolution })),

  'documents.add': call<typeof documentAdd, AttachmentView>(documentAdd),
  'documents.update': call<z.ZodObject<{ id: typeof id; title: z.ZodString }>, { ok: true }>(
    z.strictObject({ id, title: requiredText(300, 'titel') }),
  ),
  'documents.move': call<z.ZodObject<{ id: typeof id; toIndex: z.ZodNumber }>, { ok: true }>(
    z.strictObject({ id, toIndex: z.number().int().min(0) }),
  ),
  'documents.delete': call<typeof byId, { ok: true }>(byId),

  'attention.get': call<z.ZodObject<{ bodyId: typeof id }>, AttentionView>(z.strictObject({ bodyId: id })),
  'trash.list': call<typeof byBody, TrashEntry[]>(byBody),
  'trash.restore': call<z.ZodObject<{ table: typeof trashTable; id: typeof id }>, { ok: true }>(
    z.strictObject({ table: trashTable, id }),
  ),
  /**
   * With bodyId: the latest action that concerned that body (or no body); without: the latest of all. Refused
   * (conflict) when a later action changed the same rows; with includeLater those are undone first.
   */
  'undo.last': call<
    z.ZodDefault<z.ZodObject<{ bodyId: z.ZodOptional<typeof id>; includeLater: z.ZodDefault<z.ZodBoolean> }>>,
    { label: string; alsoUndone?: string[] } | null
  >(
    z
      .object({ bodyId: id.optional(), includeLater: z.boolean().default(false) })
      .default({ includeLater: false }),
  ),
  'audit.list': call<
    z.ZodObject<{ limit: z.ZodDefault<z.ZodNumber>; bodyId: z.ZodOptional<typeof id> }>,
    AuditEntry[]
  >(z.strictObject({ limit: z.number().int().min(1).max(1000).default(50), bodyId: id.optional() })),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
