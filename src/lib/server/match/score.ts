/**
 * Scoring of candidates for one source (an actor, a person, or a project idea): each
 * signal gives a value from 0 to 1, the score is their weighted mean, and the best
 * `limit` candidates are kept with the evidence their reasons are written from. Pure
 * code over the index: no database, no language.
 */
import type { MatchWeights, Signal } from './weights';
import { SIGNALS } from './weights';
import { bitCount, neighboursOf, type MatchIndex } from './match-index';
import { accumulateSimilarity, type TermVector } from './text';

export type MatchScope = 'regional' | 'international' | 'any';

/** Who suggestions are for, reduced to what scoring reads. */
export interface MatchProfile {
	/** The source's own slot when it is an indexed actor (left out of the results). */
	self: number | null;
	/** Helix of the source (index of HELIXES), or null when it has no role (a person, an idea). */
	helix: number | null;
	countries: string[];
	regions: string[];
	categoryMask: number;
	targetGroupMask: number;
	languageMask: number;
	/** Actor types asked for (an idea "looking for a VET provider"): a match of type counts as complementary. */
	wantedTypes: string[];
	text: TermVector | null;
	/** Slots of the source's partners: left out, and the friends of friends are found through them. */
	neighbours: number[];
	/** Further slots to leave out. */
	exclude: number[];
}

export interface ScoreOptions {
	scope: MatchScope;
	limit: number;
	weights: MatchWeights;
	/** Extra condition on candidates (filters of the "Find partners" page). */
	accept?: (slot: number) => boolean;
}

export interface ScoredCandidate {
	slot: number;
	score: number;
	signals: Record<Signal, number>;
	/** Slots of shared partners ("introduction possible via …"), at most three. */
	via: number[];
}

export interface ScoreResult {
	items: ScoredCandidate[];
	/** How many candidates were eligible (scope, exclusions, filters). */
	considered: number;
	/** True when the scope could not be applied (the source has no known place). */
	scopeIgnored: boolean;
}

/** The profile of the indexed actor at `slot`: its own concerns, place, text and partners. */
export function indexedProfile(index: MatchIndex, slot: number): MatchProfile {
	const country = index.countries[slot];
	const region = index.regions[slot];
	return {
		self: slot,
		helix: index.helix[slot],
		countries: country ? [country] : [],
		regions: region ? [region] : [],
		categoryMask: index.categoryMask[slot],
		targetGroupMask: index.targetGroupMask[slot],
		languageMask: index.languageMask[slot],
		wantedTypes: [],
		text: index.text.documents[slot],
		neighbours: Array.from(neighboursOf(index, slot)),
		exclude: []
	};
}

/** Triple-helix roles other than "other". */
const HELIX_ROLES = [0, 1, 2];

/** Ranks every eligible candidate for `profile` and keeps the best `options.limit`. */
export function scoreCandidates(index: MatchIndex, profile: MatchProfile, options: ScoreOptions): ScoreResult {
	const { weights } = options;
	const size = index.size;
	const excluded = new Uint8Array(size);
	if (profile.self !== null) excluded[profile.self] = 1;
	for (const slot of profile.neighbours) excluded[slot] = 1;
	for (const slot of profile.exclude) excluded[slot] = 1;

	const textScores = new Float32Array(size);
	if (profile.text) accumulateSimilarity(index.text, profile.text, textScores);

	// Friends of friends: how many partners each candidate shares with the source.
	const shared = new Uint16Array(size);
	for (const neighbour of profile.neighbours) for (const other of neighboursOf(index, neighbour)) if (shared[other] < 65535) shared[other]++;

	const needed = neededHelixes(index, profile);
	const wanted = new Set(profile.wantedTypes);
	const countries = new Set(profile.countries);
	const regions = new Set(profile.regions);
	const scopeIgnored = options.scope !== 'any' && countries.size === 0 && regions.size === 0;
	const scope = scopeIgnored ? 'any' : options.scope;
	// In international scope geography is not a signal (its value is 0) and does not count in the mean.
	const totalWeight = SIGNALS.reduce((sum, signal) => sum + (signal === 'geography' && scope === 'international' ? 0 : weights[signal]), 0) || 1;
	const categoryCount = bitCount(profile.categoryMask);
	const targetGroupCount = bitCount(profile.targetGroupMask);

	// Signal values in SIGNALS order, written into one scratch array per candidate (no
	// allocation on this hot path: it runs for every organisation of the network).
	const weightOf = Float64Array.from(SIGNALS, (signal) => (signal === 'geography' && scope === 'international' ? 0 : weights[signal]));
	const scratch = new Float64Array(SIGNALS.length);
	const fillSignals = (slot: number, sameCountry: boolean, sameRegion: boolean): void => {
		scratch[0] = overlap(profile.categoryMask, categoryCount, index.categoryMask[slot]);
		scratch[1] = overlap(profile.targetGroupMask, targetGroupCount, index.targetGroupMask[slot]);
		scratch[2] = complementarity(index, slot, needed, wanted, profile.helix);
		scratch[3] = (profile.languageMask & index.languageMask[slot]) !== 0 ? 1 : 0;
		scratch[4] = scope === 'international' ? 0 : sameCountry ? 1 : sameRegion ? 0.5 : 0;
		scratch[5] = Math.min(1, textScores[slot]);
		scratch[6] = 1 - Math.pow(0.5, shared[slot]);
		scratch[7] = index.activity[slot];
		scratch[8] = mentoringOffer(profile.categoryMask, categoryCount, index.mentoringMask[slot]);
	};

	const best: { slot: number; score: number; signals: Record<Signal, number> }[] = [];
	let considered = 0;
	for (let slot = 0; slot < size; slot++) {
		if (excluded[slot]) continue;
		const country = index.countries[slot];
		const sameCountry = country !== null && countries.has(country);
		const region = index.regions[slot];
		const sameRegion = region !== null && regions.has(region);
		if (scope === 'regional' && !sameCountry && !sameRegion) continue;
		if (scope === 'international' && (country === null || sameCountry)) continue;
		if (options.accept && !options.accept(slot)) continue;
		considered++;
		fillSignals(slot, sameCountry, sameRegion);
		let score = 0;
		for (let at = 0; at < SIGNALS.length; at++) score += weightOf[at] * scratch[at];
		score /= totalWeight;
		if (!ranksAmong(best, slot, score, options.limit, index)) continue;
		const signals = Object.fromEntries(SIGNALS.map((signal, at) => [signal, scratch[at]])) as Record<Signal, number>;
		keepBest(best, { slot, score, signals }, options.limit, index);
	}

	const items = best.map(({ slot, score, signals }) => {
		const via = profile.neighbours.filter((neighbour) => neighboursOf(index, neighbour).includes(slot)).slice(0, 3);
		return { slot, score, signals, via };
	});
	return { items, considered, scopeIgnored };
}

/** Cosine similarity of two code sets given as masks. */
function overlap(mask: number, count: number, other: number): number {
	if (count === 0 || other === 0) return 0;
	const common = bitCount(mask & other);
	return common === 0 ? 0 : common / Math.sqrt(count * bitCount(other));
}

/** Share of the source's categories on which the candidate offers mentoring. */
function mentoringOffer(mask: number, count: number, offered: number): number {
	if (count === 0 || offered === 0) return 0;
	return bitCount(mask & offered) / count;
}

/**
 * Triple-helix roles missing around the source: a cluster organisation with firms among
 * its partners still needs education and government. Null when the source has no role.
 */
export function neededHelixes(index: MatchIndex, profile: MatchProfile): Set<number> | null {
	if (profile.helix === null) return null;
	const present = new Set<number>([profile.helix]);
	for (const neighbour of profile.neighbours) present.add(index.helix[neighbour]);
	return new Set(HELIX_ROLES.filter((role) => !present.has(role)));
}

/** 1 for a wanted type or a missing helix role, 0.4 for another role than the source's, else 0. */
function complementarity(index: MatchIndex, slot: number, needed: Set<number> | null, wanted: Set<string>, ownHelix: number | null): number {
	if (wanted.size > 0) return wanted.has(index.types[slot]) ? 1 : 0;
	if (!needed || ownHelix === null) return 0;
	const helix = index.helix[slot];
	if (needed.has(helix)) return 1;
	return helix !== ownHelix && helix !== 3 ? 0.4 : 0;
}

/** True when a candidate with `score` would enter `best` (sorted by score, then name; at most `limit`). */
function ranksAmong(best: { slot: number; score: number }[], slot: number, score: number, limit: number, index: MatchIndex): boolean {
	if (best.length < limit) return true;
	const last = best[limit - 1];
	return score > last.score || (score === last.score && index.names[slot] < index.names[last.slot]);
}

/** Inserts `entry` in `best` (sorted by score, then name), keeping at most `limit`; call after ranksAmong. */
function keepBest<T extends { slot: number; score: number }>(best: T[], entry: T, limit: number, index: MatchIndex): void {
	const { slot, score } = entry;
	if (best.length === limit) best.pop();
	let at = best.length;
	while (at > 0 && (best[at - 1].score < score || (best[at - 1].score === score && index.names[best[at - 1].slot] > index.names[slot]))) at--;
	best.splice(at, 0, entry);
}
