/**
 * The request side of OAI-PMH 2.0: verbs and their arguments, UTC datestamps in the two
 * granularities, and resumption tokens. Pure code; every refusal is an OaiError
 * carrying the protocol's own error code.
 */
import { z } from 'zod';

export const OAI_VERBS = ['Identify', 'ListMetadataFormats', 'ListSets', 'ListIdentifiers', 'ListRecords', 'GetRecord'] as const;
export type OaiVerb = (typeof OAI_VERBS)[number];

export type OaiErrorCode =
	| 'badArgument'
	| 'badResumptionToken'
	| 'badVerb'
	| 'cannotDisseminateFormat'
	| 'idDoesNotExist'
	| 'noRecordsMatch'
	| 'noMetadataFormats'
	| 'noSetHierarchy';

/** A refusal the protocol defines; answered as `<error code="…">` with HTTP 200. */
export class OaiError extends Error {
	readonly code: OaiErrorCode;
	constructor(code: OaiErrorCode, message: string) {
		super(message);
		this.name = 'OaiError';
		this.code = code;
	}
}

interface VerbArguments {
	required: string[];
	optional: string[];
	/** An argument that must come alone (with the verb). */
	exclusive?: string;
}

const LIST_ARGUMENTS: VerbArguments = { required: ['metadataPrefix'], optional: ['from', 'until', 'set'], exclusive: 'resumptionToken' };

const VERB_ARGUMENTS: Record<OaiVerb, VerbArguments> = {
	Identify: { required: [], optional: [] },
	ListMetadataFormats: { required: [], optional: ['identifier'] },
	ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
	ListIdentifiers: LIST_ARGUMENTS,
	ListRecords: LIST_ARGUMENTS,
	GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] }
};

export interface OaiArguments {
	verb: OaiVerb;
	/** Every argument but the verb, each given exactly once. */
	args: Record<string, string>;
}

function isVerb(value: string): value is OaiVerb {
	return (OAI_VERBS as readonly string[]).includes(value);
}

/**
 * Checks the verb and the set of arguments: a missing, repeated or unknown verb is
 * badVerb; a repeated, unknown, missing or empty argument, or anything next to a
 * resumptionToken, is badArgument. Values are not interpreted here.
 */
export function parseOaiArguments(pairs: Iterable<[string, string]>): OaiArguments {
	const values = new Map<string, string[]>();
	for (const [key, value] of pairs) values.set(key, [...(values.get(key) ?? []), value]);
	const verbs = values.get('verb') ?? [];
	if (verbs.length === 0) throw new OaiError('badVerb', 'The verb argument is missing.');
	if (verbs.length > 1) throw new OaiError('badVerb', 'The verb argument is repeated.');
	const verb = verbs[0];
	if (!isVerb(verb)) throw new OaiError('badVerb', `"${verb}" is not an OAI-PMH verb; use one of ${OAI_VERBS.join(', ')}.`);

	const allowed = VERB_ARGUMENTS[verb];
	const known = new Set([...allowed.required, ...allowed.optional, ...(allowed.exclusive ? [allowed.exclusive] : [])]);
	const args: Record<string, string> = {};
	for (const [key, given] of values) {
		if (key === 'verb') continue;
		if (!known.has(key)) throw new OaiError('badArgument', `${verb} does not take the argument "${key}".`);
		if (given.length > 1) throw new OaiError('badArgument', `The argument "${key}" is repeated.`);
		if (given[0] === '') throw new OaiError('badArgument', `The argument "${key}" is empty.`);
		args[key] = given[0];
	}
	if (allowed.exclusive && args[allowed.exclusive] !== undefined) {
		const others = Object.keys(args).filter((key) => key !== allowed.exclusive);
		if (others.length > 0) throw new OaiError('badArgument', `${allowed.exclusive} is an exclusive argument: send it with the verb only (also got ${others.join(', ')}).`);
		return { verb, args };
	}
	for (const key of allowed.required) {
		if (args[key] === undefined) throw new OaiError('badArgument', `${verb} needs the argument "${key}".`);
	}
	return { verb, args };
}

export type Granularity = 'day' | 'seconds';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** A UTC instant from its parts, or null when a part is out of range (February 30th). */
function utcInstant(parts: number[]): Date | null {
	const [year, month, day, hour = 0, minute = 0, second = 0] = parts;
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	date.setUTCFullYear(year);
	const same =
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		date.getUTCHours() === hour &&
		date.getUTCMinutes() === minute &&
		date.getUTCSeconds() === second;
	return same ? date : null;
}

/** Parses `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`; anything else is badArgument. */
export function parseOaiDate(value: string, name: string): { date: Date; granularity: Granularity } {
	const match = SECONDS.exec(value) ?? DAY.exec(value);
	const date = match ? utcInstant(match.slice(1).map(Number)) : null;
	if (!match || !date) {
		throw new OaiError('badArgument', `${name} must be a UTC date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (got "${value}").`);
	}
	return { date, granularity: match.length === 7 ? 'seconds' : 'day' };
}

/** The selective-harvesting window as SQL bounds: `from` inclusive, `until` widened to the end of its granule. */
export function harvestWindow(from: string | undefined, until: string | undefined): { from?: string; untilExclusive?: string } {
	const start = from === undefined ? undefined : parseOaiDate(from, 'from');
	const end = until === undefined ? undefined : parseOaiDate(until, 'until');
	if (start && end && start.granularity !== end.granularity) {
		throw new OaiError('badArgument', 'from and until must have the same granularity.');
	}
	if (start && end && start.date > end.date) throw new OaiError('badArgument', 'from is later than until.');
	const window: { from?: string; untilExclusive?: string } = {};
	if (start) window.from = sqlInstant(start.date);
	if (end) window.untilExclusive = sqlInstant(new Date(end.date.getTime() + (end.granularity === 'day' ? 86_400_000 : 1000)));
	return window;
}

const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * An instant PostgreSQL reads back: years 0000 and 10000 (which `until=9999-12-31`
 * reaches) are out of its range, and no record is dated there, so bounds are clamped.
 */
function sqlInstant(date: Date): string {
	const first = new Date(0);
	first.setUTCFullYear(1, 0, 1);
	return new Date(Math.min(Math.max(date.getTime(), first.getTime()), LAST_INSTANT)).toISOString();
}

/** A datestamp as OAI writes it: UTC, to the second. */
export function formatDatestamp(date: Date | string): string {
	const iso = typeof date === 'string' ? date : date.toISOString();
	// Truncated, never rounded: a datestamp is a lower bound of the instant it stands for.
	return iso.replace(/\.\d+Z$/, 'Z');
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?Z$/;

/** True for an ISO 8601 UTC instant whose every part is in range (safe to cast in SQL). */
export function isIsoInstant(value: string): boolean {
	const match = INSTANT.exec(value);
	return !!match && utcInstant(match.slice(1, 7).map(Number)) !== null;
}

const instant = z.string().refine(isIsoInstant);

/** Everything needed to serve the next page of a list, carried by the harvester. */
export const ResumptionState = z.object({
	v: z.literal(1),
	verb: z.enum(['ListIdentifiers', 'ListRecords']),
	metadataPrefix: z.string().min(1).max(50),
	from: instant.optional(),
	untilExclusive: instant.optional(),
	set: z.string().max(200).optional(),
	/** Records changed after this instant wait for the next harvest. */
	snapshot: instant,
	/** Last record already sent: (datestamp with microseconds, id). */
	after: z.object({ datestamp: instant, id: z.uuid() }),
	/** Records sent before the page this token asks for. */
	cursor: z.number().int().min(0),
	completeListSize: z.number().int().min(0),
	/** Expiry, milliseconds since the epoch. */
	expires: z.number().int()
});
export type ResumptionState = z.infer<typeof ResumptionState>;

/** The token handed to the harvester: the state as base64url JSON (opaque to it, not secret). */
export function encodeResumptionToken(state: ResumptionState): string {
	return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

/** Reads a token back; a garbled, foreign or expired one is badResumptionToken. */
export function decodeResumptionToken(token: string, verb: OaiVerb, now: Date): ResumptionState {
	let parsed: unknown;
	try {
		if (!/^[A-Za-z0-9_-]{1,4000}$/.test(token)) throw new Error('not base64url');
		parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
	} catch {
		throw new OaiError('badResumptionToken', 'The resumptionToken is not one this repository issued.');
	}
	const result = ResumptionState.safeParse(parsed);
	if (!result.success) throw new OaiError('badResumptionToken', 'The resumptionToken is not one this repository issued.');
	const state = result.data;
	if (state.verb !== verb) throw new OaiError('badResumptionToken', `The resumptionToken belongs to ${state.verb}, not ${verb}.`);
	if (state.expires < now.getTime()) throw new OaiError('badResumptionToken', 'The resumptionToken has expired; start the harvest again.');
	return state;
}
