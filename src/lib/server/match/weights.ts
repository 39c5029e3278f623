/**
 * The weights of matchmaking: how much each signal counts in a suggestion's score. One
 * place, documented defaults (docs/matching.md explains each signal and how the quality
 * benchmark chose these). `ATLAS_MATCH_WEIGHTS` may override some of them with a JSON
 * object (`{"text":0.2}`); unknown names and values outside 0–10 are refused at start.
 */
export const SIGNALS = [
	'category',
	'targetGroup',
	'complementary',
	'language',
	'geography',
	'text',
	'proximity',
	'activity',
	'mentoring'
] as const;
export type Signal = (typeof SIGNALS)[number];
export type MatchWeights = Record<Signal, number>;

/**
 * Defaults. Shared concerns (categories, target groups, similar texts) and a friend of a
 * friend who can introduce carry most of the score; complementary roles (completing the
 * triple helix) come next; a common working language and place matter for regional
 * work; recent activity and mentoring offers only break ties. Proximity and categories
 * were set by a small search on a generated network with another seed than the
 * benchmark's (docs/matching.md): proximity 0.14 → 0.30 doubled recall@10 there, and
 * less weight on categories (0.24 → 0.18) helped too.
 */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
	category: 0.18,
	targetGroup: 0.1,
	complementary: 0.14,
	language: 0.08,
	geography: 0.12,
	text: 0.14,
	proximity: 0.3,
	activity: 0.02,
	mentoring: 0.02
});

/** The weights in force: the defaults, with the overrides of `ATLAS_MATCH_WEIGHTS`. */
export function matchWeights(env: Record<string, string | undefined> = process.env): MatchWeights {
	const raw = env.ATLAS_MATCH_WEIGHTS;
	if (!raw) return { ...DEFAULT_WEIGHTS };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		throw new Error('ATLAS_MATCH_WEIGHTS is not JSON: give an object such as {"text":0.2}.');
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('ATLAS_MATCH_WEIGHTS must be a JSON object of weights.');
	const weights: MatchWeights = { ...DEFAULT_WEIGHTS };
	for (const [name, value] of Object.entries(parsed)) {
		if (!(SIGNALS as readonly string[]).includes(name)) throw new Error(`ATLAS_MATCH_WEIGHTS: unknown signal "${name}"; known: ${SIGNALS.join(', ')}.`);
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10) throw new Error(`ATLAS_MATCH_WEIGHTS: "${name}" must be a number from 0 to 10.`);
		weights[name as Signal] = value;
	}
	return weights;
}
