/**
 * Matchmaking: ranked, explained suggestions of organisations to talk to, for an actor,
 * for a person of the roster, or for a free-text project idea. Scores come from
 * `score.ts` over the cached index; this module checks access, turns sources into
 * profiles, applies the page's filters and presents the results. Actors already
 * connected to the source are never suggested; contact details never leave here.
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { ActorRow, PersonRow } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import { findConceptsInText, lookup, type Locale } from '../vocab';
import { notFound } from '../errors';
import { findActorByRef, canManageActor } from '../network/profile';
import { visibleTo } from '../network/people';
import { toDirectoryActor, toLocale, type DirectoryActor, type Viewer } from '../network/present';
import { validateInput } from '../network/service';
import { repeatableParam, wholeNumberParam } from '../api/query-fields';
import { helixOf, neighboursOf, type MatchIndex } from './match-index';
import { matchIndex } from './index-cache';
import { indexedProfile, scoreCandidates, type MatchProfile, type MatchScope, type ScoredCandidate } from './score';
import { textTerms, weighVector } from './text';
import { matchWeights, type MatchWeights } from './weights';
import { explain, sourceNotes, type MatchReason, type ReasonSource } from './reasons';
import * as queries from './queries';
import { isUuid } from '../ids';

export type { MatchReason } from './reasons';
export type { MatchScope } from './score';
export const MATCH_SCOPES = ['regional', 'international', 'any'] as const;

/** Options of every suggestion list: scope, length, and the filters of the "Find partners" page. */
export const MatchOptions = z.object({
	scope: z
		.union([z.enum(MATCH_SCOPES), z.literal('')], { error: 'one of regional, international or any' })
		.optional()
		.transform((value) => (value ? value : 'any') as MatchScope),
	limit: wholeNumberParam(10, 50),
	type: repeatableParam,
	country: repeatableParam,
	category: repeatableParam,
	language: repeatableParam
});
export type MatchOptionsInput = z.input<typeof MatchOptions>;
export type MatchOptions = z.output<typeof MatchOptions>;

/** A free-text idea (a partner-search post, the "describe your project" box). */
export interface IdeaQuery {
	text: string;
	categories?: string[];
	targetGroups?: string[];
	/** Actor types wanted ("vet-provider"). */
	types?: string[];
	/** Countries where partners are wanted. */
	countries?: string[];
	languages?: string[];
	/** The organisation behind the idea: it and its partners are left out, its network is used. */
	fromActorId?: string | null;
	scope?: MatchScope;
	limit?: number;
	/** Filters of the "Find partners" page (only organisations of these types, countries…). */
	filters?: Pick<MatchOptionsInput, 'type' | 'country' | 'category' | 'language'>;
}

export interface MatchItem {
	actor: DirectoryActor;
	score: number;
	reasons: MatchReason[];
}

export interface MatchList {
	source: ReasonSource;
	scope: MatchScope;
	items: MatchItem[];
	/** Remarks on the list as a whole ("little is known about …", "no country known"). */
	notes: MatchReason[];
	/** How many organisations were considered after scope, exclusions and filters. */
	considered: number;
}

/** Suggestions for the actor `ref` (id or slug); drafts only for those who may edit them. */
export async function matchesForActor(db: DB, viewer: Viewer, ref: string, input: MatchOptionsInput = {}, localeInput?: string): Promise<MatchList> {
	const row = await findActorByRef(db, ref);
	if (!row || (row.status !== 'published' && !(await canManageActor(db, viewer, row.id)))) throw notFound('The organisation');
	const options = validateInput(MatchOptions, input);
	const index = await matchIndex(db);
	const profile = await actorProfile(db, index, row);
	const source: ReasonSource = { kind: 'actor', name: row.name, id: row.id, slug: row.slug, sparse: isSparse(profile) };
	return present(db, index, profile, source, options, toLocale(localeInput));
}

/** Suggestions of organisations for a person of the roster, as far as the viewer may see the person. */
export async function matchesForPerson(db: DB, viewer: Viewer, ref: string, input: MatchOptionsInput = {}, localeInput?: string): Promise<MatchList> {
	const uuid = isUuid(ref);
	const person = await queries.selectPersonByRef(db, uuid ? ref.toLowerCase() : ref, uuid);
	if (!person || !mayView(person, viewer)) throw notFound('The person');
	const options = validateInput(MatchOptions, input);
	const index = await matchIndex(db);
	// Organisations the person is already connected with, or manages, are not suggested.
	const connected = [
		...(await queries.selectActorsConnectedToPerson(db, person.id, person.user_id)),
		...(person.user_id ? await queries.selectManagedActorIds(db, person.user_id) : [])
	];
	const profile = personProfile(index, person, connected);
	const source: ReasonSource = { kind: 'person', name: person.name, id: person.id, slug: person.slug, sparse: isSparse(profile) };
	return present(db, index, profile, source, options, toLocale(localeInput));
}

/** Suggestions for a free-text idea, in any of our languages. */
export async function suggestForIdea(db: DB, query: IdeaQuery, localeInput?: string): Promise<MatchList> {
	const options = validateInput(MatchOptions, { ...query.filters, scope: query.scope, limit: query.limit });
	const index = await matchIndex(db);
	const from = query.fromActorId ? (await queries.selectActorsByIds(db, [query.fromActorId]))[0] : undefined;
	// The posting organisation's partners are read fresh, as for an organisation (the index may be a rebuild behind).
	const fromPartners = from ? await queries.selectRelationPairsOf(db, from.id) : [];
	const profile = ideaProfile(index, query, from, fromPartners.map((pair) => (pair.source_id === from!.id ? pair.target_id : pair.source_id)));
	const source: ReasonSource = { kind: 'idea', name: query.text.slice(0, 80), sparse: isSparse(profile) };
	return present(db, index, profile, source, options, toLocale(localeInput));
}

/**
 * "Suggested for you": suggestions for the first organisation the account manages, else
 * for its person of the roster; null when the account has neither.
 */
export async function suggestionsForUser(db: DB, user: SessionUser, localeInput?: string, limit = 5): Promise<MatchList | null> {
	const [actorId] = await queries.selectManagedActorIds(db, user.id);
	if (actorId) return matchesForActor(db, user, actorId, { limit }, localeInput);
	const person = await queries.selectPersonOfUser(db, user.id);
	if (person) return matchesForPerson(db, user, person.id, { limit }, localeInput);
	return null;
}

/** The weights in force (shown with the benchmark figures and on the API). */
export function currentWeights(): MatchWeights {
	return matchWeights();
}

function mayView(person: PersonRow, viewer: Viewer): boolean {
	if (viewer && (viewer.role === 'admin' || viewer.role === 'curator' || person.user_id === viewer.id)) return true;
	return visibleTo(viewer).includes(person.visibility);
}

function isSparse(profile: MatchProfile): boolean {
	return profile.categoryMask === 0 && profile.targetGroupMask === 0 && profile.text === null;
}

async function actorProfile(db: DB, index: MatchIndex, row: ActorRow): Promise<MatchProfile> {
	const slot = index.position.get(row.id);
	// Read fresh: a draft is not in the index, and the index may be a rebuild behind.
	const pairs = await queries.selectRelationPairsOf(db, row.id);
	const neighbours = pairs
		.map((pair) => index.position.get(pair.source_id === row.id ? pair.target_id : pair.source_id))
		.filter((at): at is number => at !== undefined);
	if (slot !== undefined) {
		const profile = indexedProfile(index, slot);
		return { ...profile, neighbours: [...new Set([...profile.neighbours, ...neighbours])] };
	}
	const text = Object.values(row.description ?? {}).filter(Boolean).join('\n');
	return {
		self: null,
		helix: helixOf(row.type),
		countries: row.country ? [row.country] : [],
		regions: row.region ? [row.region] : [],
		categoryMask: index.categoryBits.mask(row.categories),
		targetGroupMask: index.targetGroupBits.mask(row.target_groups),
		languageMask: index.languageBits.mask(row.languages),
		wantedTypes: [],
		text: text ? weighVector(textTerms(text), index.text.termIds, index.text.idf) : null,
		neighbours,
		exclude: []
	};
}

function personProfile(index: MatchIndex, person: PersonRow, connectedActorIds: string[]): MatchProfile {
	const text = Object.values(person.bio ?? {}).filter(Boolean).join('\n');
	const regions = person.countries.map((country) => lookup('country', country)?.extra?.iloRegion).filter((region): region is string => typeof region === 'string');
	return {
		self: null,
		helix: null,
		countries: [...person.countries],
		regions: [...new Set(regions)],
		categoryMask: index.categoryBits.mask(person.categories),
		targetGroupMask: 0,
		languageMask: index.languageBits.mask(person.languages),
		wantedTypes: [],
		text: text ? weighVector(textTerms(text), index.text.termIds, index.text.idf) : null,
		neighbours: [],
		// Already connected through an accepted request: not suggested again.
		exclude: connectedActorIds.map((id) => index.position.get(id)).filter((at): at is number => at !== undefined)
	};
}

/** What an idea asks for: what was chosen, plus what its text names in any language. */
export function ideaConcepts(query: IdeaQuery): { categories: string[]; targetGroups: string[]; types: string[]; countries: string[] } {
	const mentions = findConceptsInText(query.text, ['skills-category', 'target-group', 'actor-type', 'country']);
	const found = (vocab: string) => mentions.filter((mention) => mention.vocab === vocab).map((mention) => mention.code);
	const union = (given: string[] | undefined, detected: string[]) => [...new Set([...(given ?? []), ...detected])];
	return {
		categories: union(query.categories, found('skills-category')),
		targetGroups: union(query.targetGroups, found('target-group')),
		types: union(query.types, found('actor-type')),
		countries: union(query.countries, found('country'))
	};
}

function ideaProfile(index: MatchIndex, query: IdeaQuery, from: ActorRow | undefined, partnerIds: string[]): MatchProfile {
	const wanted = ideaConcepts(query);
	const slot = from ? index.position.get(from.id) : undefined;
	const fresh = partnerIds.map((id) => index.position.get(id)).filter((at): at is number => at !== undefined);
	const neighbours = [...new Set([...(slot !== undefined ? Array.from(neighboursOf(index, slot)) : []), ...fresh])];
	const countries = wanted.countries.length > 0 ? wanted.countries : from?.country ? [from.country] : [];
	const regions = countries.map((country) => lookup('country', country)?.extra?.iloRegion).filter((region): region is string => typeof region === 'string');
	return {
		self: slot ?? null,
		helix: from ? helixOf(from.type) : null,
		countries,
		regions: [...new Set(regions)],
		categoryMask: index.categoryBits.mask(wanted.categories),
		targetGroupMask: index.targetGroupBits.mask(wanted.targetGroups),
		languageMask: index.languageBits.mask(query.languages ?? from?.languages ?? []),
		wantedTypes: wanted.types,
		text: weighVector(textTerms(query.text), index.text.termIds, index.text.idf),
		neighbours,
		exclude: []
	};
}

/** Codes of filter values given as codes or labels in any language. */
function filterCodes(vocab: 'actor-type' | 'country' | 'skills-category' | 'language', values: string[]): string[] {
	return values.map((value) => lookup(vocab, value)?.code ?? value);
}

async function present(db: DB, index: MatchIndex, profile: MatchProfile, source: ReasonSource, options: MatchOptions, locale: Locale): Promise<MatchList> {
	const types = new Set(filterCodes('actor-type', options.type));
	const countries = new Set(filterCodes('country', options.country));
	const categoryMask = index.categoryBits.mask(filterCodes('skills-category', options.category));
	const languageMask = index.languageBits.mask(filterCodes('language', options.language));
	const filtered = types.size > 0 || countries.size > 0 || categoryMask !== 0 || languageMask !== 0 || options.language.length > 0;
	const accept = filtered
		? (slot: number) =>
				(types.size === 0 || types.has(index.types[slot])) &&
				(countries.size === 0 || countries.has(index.countries[slot] ?? '')) &&
				(options.category.length === 0 || (index.categoryMask[slot] & categoryMask) !== 0) &&
				(options.language.length === 0 || (index.languageMask[slot] & languageMask) !== 0)
		: undefined;
	const weights = matchWeights();
	const result = scoreCandidates(index, profile, { scope: options.scope, limit: options.limit, weights, accept });
	const rows = new Map((await queries.selectActorsByIds(db, result.items.map((item) => index.ids[item.slot]))).map((row) => [row.id, row]));
	const items: MatchItem[] = [];
	for (const candidate of result.items) {
		const row = rows.get(index.ids[candidate.slot]);
		// The index may be a rebuild behind: an organisation unpublished meanwhile is not shown.
		if (!row || row.status !== 'published') continue;
		items.push({
			actor: toDirectoryActor(row, locale),
			score: Math.round(candidate.score * 100) / 100,
			reasons: await explain(index, profile, candidate as ScoredCandidate, source, weights, options.scope, locale)
		});
	}
	return { source, scope: options.scope, items, notes: await sourceNotes(source, result.scopeIgnored ? options.scope : null, locale), considered: result.considered };
}
