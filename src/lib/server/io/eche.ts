/**
 * The European Commission's list of higher education institutions holding the Erasmus
 * Charter (ECHE), as published: a semicolon CSV in Windows-1252 with a junk first line,
 * or the same table as XLSX. Recognised by its headers, so `atlas import actors
 * eche-institutions.csv` needs no --format.
 *
 * Every row becomes one actor of type university. The Erasmus code is the identity
 * (external id key `erasmus`): 33 legal names belong to several distinct institutions,
 * so names never decide which actor a row is. The PIC and OID are kept as external ids
 * `pic` and `oid`; address, proposal number and charter dates go to `extra`.
 *
 * Charter dates come as M/D/YYYY in most rows and DD/MM/YYYY in others (and as real
 * dates in the XLSX). Per value: a part above 12 decides the order; when both parts are
 * ≤ 12, the order the other date of the same row shows decides; failing that, the order
 * most decided values of that column use; failing that, M/D/YYYY (the file's majority).
 */
import type { DB } from '../db';
import type { ParsedRow, RowStatus } from './import-run';
import type { Table } from './csv';
import type { ActorInputData } from '../../domain/actor';
import { lookup } from '../vocab';
import type { ActorRow, NewActorRow } from '../db/schema';
import { ActorInput, WebAddress } from '../../domain/actor';
import { upsertActor, validateInput, slugify, vocabCode, regionOfCountry, sameValue } from '../network/service';
import { actorsWithExternalIdKey, actorSlugs, insertActors } from '../network/network-queries';
import { AppError } from '../errors';

/** Headers that together identify an ECHE list (compared case- and space-insensitively). */
export const ECHE_HEADERS = ['Erasmus Code', 'Pic', 'Legal Name', 'Country Cd', 'Erasmus Eche Start', 'Erasmus Eche End'];

const key = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

/** True when a table's headers are those of the ECHE list. */
export function isEcheHeaders(headers: string[]): boolean {
	const present = new Set(headers.map(key));
	return ECHE_HEADERS.every((header) => present.has(key(header)));
}

/** True when the start of a CSV text (after junk lines) carries the ECHE headers. */
export function looksLikeEcheCsv(text: string): boolean {
	const header = text.split(/\r?\n/).find((line) => /[\p{L}\p{N}]/u.test(line)) ?? '';
	return isEcheHeaders(header.split(/[;,\t]/).map((part) => part.replace(/"/g, '').trim()));
}

export type DateOrder = 'mdy' | 'dmy';

interface DateParts {
	first: number;
	second: number;
	year: number;
}

function dateParts(text: string): DateParts | null {
	const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
	return match ? { first: Number(match[1]), second: Number(match[2]), year: Number(match[3]) } : null;
}

/** The order a slash date itself proves ('mdy' when the second part is > 12), or undefined. */
export function provenDateOrder(text: string): DateOrder | undefined {
	const parts = dateParts(text);
	if (!parts) return undefined;
	if (parts.first > 12 && parts.second <= 12) return 'dmy';
	if (parts.second > 12 && parts.first <= 12) return 'mdy';
	return undefined;
}

/**
 * A charter date as ISO `YYYY-MM-DD`: ISO dates pass through, slash dates are read in
 * their proven order, else in `fallback`. Null for blank or `#N/A`; undefined when the
 * text is not a date at all.
 */
export function parseCharterDate(text: string, fallback: DateOrder = 'mdy'): string | null | undefined {
	const value = text.trim();
	if (!value || /^#N\/?A$/i.test(value)) return null;
	const iso = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
	if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	const parts = dateParts(value);
	if (!parts) return undefined;
	const order = provenDateOrder(value) ?? fallback;
	return order === 'mdy' ? validDate(parts.year, parts.first, parts.second) : validDate(parts.year, parts.second, parts.first);
}

function validDate(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}

/** The order most values of a column prove (ties and no evidence: M/D/YYYY). */
export function columnDateOrder(values: string[]): DateOrder {
	let mdy = 0;
	let dmy = 0;
	for (const value of values) {
		const order = provenDateOrder(value);
		if (order === 'mdy') mdy++;
		else if (order === 'dmy') dmy++;
	}
	return dmy > mdy ? 'dmy' : 'mdy';
}

/** One ECHE row ready to store: the actor and its Erasmus code. */
export interface EcheRecord {
	input: ActorInputData;
	erasmusCode: string;
	/** Write the actors queued so far once this record is applied (every 200 rows and at the end). */
	flush?: boolean;
}

const clean = (value: string | undefined): string => {
	const text = (value ?? '').replace(/\s+/g, ' ').trim();
	return /^#N\/?A$/i.test(text) ? '' : text;
};

/** Turns an ECHE table (CSV or XLSX) into actor records, one per row. */
export function echeRecords(table: Table): ParsedRow<EcheRecord>[] {
	const column = new Map(table.headers.map((header) => [key(header), header]));
	const get = (values: Record<string, string>, name: string) => clean(values[column.get(key(name)) ?? '']);
	const startOrder = columnDateOrder(table.rows.map((row) => get(row.values, 'Erasmus Eche Start')));
	const endOrder = columnDateOrder(table.rows.map((row) => get(row.values, 'Erasmus Eche End')));
	const seen = new Map<string, number>();
	const parsed = table.rows.map(({ line, values }): ParsedRow<EcheRecord> => {
		// Erasmus codes carry meaningful inner spaces ("A  BADEN01"): only the ends are trimmed,
		// and the no-break spaces the published file uses inside some codes become plain ones.
		const erasmusCode = (values[column.get(key('Erasmus Code'))!] ?? '').replace(/\u00a0/g, ' ').trim();
		const name = get(values, 'Legal Name');
		if (!erasmusCode || /^#N\/?A$/i.test(erasmusCode)) return { row: line, error: 'Erasmus Code: the Erasmus code is missing' };
		if (!name) return { row: line, error: 'Legal Name: the legal name is missing' };
		if (seen.has(erasmusCode)) return { row: line, error: `Erasmus Code: ${erasmusCode} already appears on row ${seen.get(erasmusCode)}` };
		seen.set(erasmusCode, line);
		const countryText = get(values, 'Country Cd');
		const country = countryText ? lookup('country', countryText)?.code : null;
		if (country === undefined) return { row: line, error: `Country Cd: unknown country "${countryText}"` };
		const startText = get(values, 'Erasmus Eche Start');
		const endText = get(values, 'Erasmus Eche End');
		// The other date of the same row is the best witness of the row's order.
		const rowOrder = provenDateOrder(startText) ?? provenDateOrder(endText);
		const extra: Record<string, string> = {};
		const start = parseCharterDate(startText, rowOrder ?? startOrder);
		const end = parseCharterDate(endText, rowOrder ?? endOrder);
		if (start) extra.charterStart = start;
		else if (start === undefined) extra.charterStartText = startText;
		if (end) extra.charterEnd = end;
		else if (end === undefined) extra.charterEndText = endText;
		for (const [field, header] of [['street', 'Street'], ['postcode', 'Post Cd'], ['echeProposal', 'Proposal number']] as const) {
			const value = get(values, header);
			if (value) extra[field] = value;
		}
		const websiteText = get(values, 'Website Url');
		const website = WebAddress.safeParse(websiteText);
		// A malformed address is kept as text rather than losing the institution.
		if (!website.success) extra.websiteText = websiteText;
		const externalIds: Record<string, string> = { erasmus: erasmusCode };
		const pic = get(values, 'Pic');
		if (pic) externalIds.pic = pic;
		const oid = get(values, 'OID');
		if (oid) externalIds.oid = oid;
		const input: ActorInputData = {
			name,
			type: 'university',
			country: country ?? null,
			city: get(values, 'City'),
			website: website.success ? website.data : '',
			externalIds,
			extra
		};
		// Validated here, so that applying a row can only fail on the database itself.
		try {
			validateInput(ActorInput, input);
		} catch (error) {
			return { row: line, error: (error as Error).message };
		}
		return { row: line, record: { input, erasmusCode } };
	});
	// The last record of every block of FLUSH_EVERY rows writes the queue.
	for (let start = 0; start < parsed.length; start += FLUSH_EVERY) {
		const last = parsed.slice(start, start + FLUSH_EVERY).findLast((row) => row.record);
		if (last?.record) last.record.flush = true;
	}
	return parsed;
}

// Matches runChunkedImport's default chunk, so a chunk never commits with actors still queued.
const FLUSH_EVERY = 200;

/** What the apply step needs to know of the database, loaded once per import. */
export interface EcheContext {
	/** Stored actors by Erasmus code. */
	byCode: Map<string, ActorRow>;
	/** Actor slugs already taken. */
	slugs: Set<string>;
	/** New actors waiting for the next multi-row insert, with their row numbers. */
	pending: { row: NewActorRow; erasmusCode: string }[];
}

/**
 * Loads the actors holding an Erasmus code and the slugs in use, in two queries, so
 * that the apply step needs no lookup per row: a re-import of the whole list compares
 * in memory, and a first import only inserts.
 */
export async function loadEcheContext(db: DB): Promise<EcheContext> {
	const [rows, slugs] = await Promise.all([actorsWithExternalIdKey(db, 'erasmus'), actorSlugs(db)]);
	return { byCode: new Map(rows.map((row) => [row.external_ids.erasmus, row])), slugs: new Set(slugs), pending: [] };
}

/**
 * Writes one ECHE record. A known Erasmus code whose stored columns already hold every
 * value is `unchanged` without a query; other known codes go through upsertActor by id;
 * a new code is validated like any actor and queued under a free slug; the queue is
 * written in one multi-row insert on records marked `flush` (on PGlite a statement costs
 * far more than a row, and each insert statement bumps the network version).
 *
 * Every check that could fail (validation, vocabulary, slug, duplicate code) runs at
 * parse time or before a record is queued, so a queued row is counted as created. The
 * flushing record does its own work first and flushes last, so its savepoint never
 * undoes a written batch. Should the batch insert still fail (a concurrent writer took
 * a slug), nothing of it is written and the flushing row is rejected naming the batch;
 * `created` then overstates by the other rows of that batch.
 */
export async function applyEcheRecord(db: DB, record: EcheRecord, context: EcheContext): Promise<RowStatus> {
	const actor = validateInput(ActorInput, record.input);
	const stored = context.byCode.get(record.erasmusCode);
	if (stored) {
		if (holdsAll(stored, actor)) return 'unchanged';
		return (await upsertActor(db, record.input, { id: stored.id })).status;
	}
	const base = slugify(actor.name) || 'actor';
	let slug = base;
	for (let suffix = 2; context.slugs.has(slug); suffix++) slug = `${base}-${suffix}`;
	const country = actor.country ? vocabCode('country', actor.country, 'country') : null;
	context.pending.push({ erasmusCode: record.erasmusCode, row: {
		slug,
		name: actor.name,
		type: vocabCode('actor-type', actor.type, 'type'),
		country,
		region: country ? regionOfCountry(country) : null,
		city: actor.city ?? '',
		website: actor.website ?? '',
		external_ids: JSON.stringify(actor.externalIds ?? {}),
		extra: JSON.stringify(actor.extra ?? {}),
		description: JSON.stringify({})
	} as unknown as NewActorRow });
	context.slugs.add(slug);
	if (record.flush) await flushPending(db, context);
	return 'created';
}

async function flushPending(db: DB, context: EcheContext): Promise<void> {
	const pending = context.pending.splice(0);
	if (!pending.length) return;
	try {
		await insertActors(db, pending.map((item) => item.row));
	} catch (error) {
		// The batch is one statement: nothing of it was written, and this rejection says so.
		const codes = pending.map((item) => item.erasmusCode);
		throw new AppError('conflict', `${codes.length} queued institutions (${codes.slice(0, 5).join(', ')}${codes.length > 5 ? '…' : ''}) could not be stored, none was written: ${(error as Error).message}`);
	}
}

/** True when the stored actor already has every value the record brings (JSON keys merged). */
function holdsAll(stored: ActorRow, actor: ActorInput): boolean {
	const country = actor.country ? vocabCode('country', actor.country, 'country') : null;
	const merged = (storedValue: object | null, wanted: object | undefined) => sameValue(storedValue ?? {}, { ...(storedValue ?? {}), ...(wanted ?? {}) });
	return (
		stored.name === actor.name &&
		stored.type === vocabCode('actor-type', actor.type, 'type') &&
		stored.country === country &&
		stored.region === (country ? regionOfCountry(country) : null) &&
		stored.city === (actor.city ?? '') &&
		stored.website === (actor.website ?? '') &&
		merged(stored.external_ids, actor.externalIds) &&
		merged(stored.extra as object, actor.extra)
	);
}
