import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildMatchIndex, type CandidateInput } from './match-index';
import { indexedProfile, scoreCandidates, type MatchProfile, type MatchScope } from './score';
import { DEFAULT_WEIGHTS, matchWeights } from './weights';
import { textTerms, weighVector } from './text';

const COUNTRIES: [string, string][] = [
	['ES', 'europe-central-asia'],
	['PT', 'europe-central-asia'],
	['BR', 'americas'],
	['SN', 'africa']
];
const TYPES = ['cluster-organisation', 'vet-provider', 'university', 'government', 'firm-sme'];

const candidateArbitrary = fc.record({
	type: fc.constantFrom(...TYPES),
	place: fc.constantFrom(...COUNTRIES),
	categories: fc.subarray(['1', '2', '3', '4', '5', '6', '7', '8', '9']),
	targetGroups: fc.subarray(['youth', 'women', 'migrants', 'smes']),
	languages: fc.subarray(['en', 'es', 'fr', 'pt']),
	text: fc.constantFrom('', 'apprenticeships for young people', 'formación dual para jóvenes', 'digital skills for SMEs', 'recognition of prior learning')
});

type Spec = { type: string; place: [string, string]; categories: string[]; targetGroups: string[]; languages: string[]; text: string };

function network(specs: Spec[], edges: [number, number][]) {
	const candidates: CandidateInput[] = specs.map((spec, at) => ({
		id: `a${at}`,
		slug: `a${at}`,
		name: `Actor ${String(at).padStart(3, '0')}`,
		type: spec.type,
		country: spec.place[0],
		region: spec.place[1],
		languages: spec.languages,
		categories: spec.categories,
		targetGroups: spec.targetGroups,
		mentoringCategories: [],
		texts: spec.text ? [spec.text] : [],
		updatedAt: new Date('2026-11-01')
	}));
	return buildMatchIndex(
		candidates,
		edges.filter(([a, b]) => a < specs.length && b < specs.length).map(([a, b]) => ({ source: `a${a}`, target: `a${b}` })),
		Date.parse('2026-11-25')
	);
}

function profileOf(index: ReturnType<typeof network>, slot: number): MatchProfile {
	return indexedProfile(index, slot);
}

describe('scoring of suggestions', () => {
	it('never suggests the source or its partners, keeps scores in 0..1, sorted, and respects the scope', () => {
		fc.assert(
			fc.property(
				fc.array(candidateArbitrary, { minLength: 2, maxLength: 30 }),
				fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 60 }),
				fc.constantFrom<MatchScope>('any', 'regional', 'international'),
				fc.integer({ min: 1, max: 12 }),
				(specs, edges, scope, limit) => {
					const index = network(specs, edges);
					const source = 0;
					const profile = profileOf(index, source);
					const result = scoreCandidates(index, profile, { scope, limit, weights: DEFAULT_WEIGHTS });
					expect(result.items.length).toBeLessThanOrEqual(limit);
					const partners = new Set(profile.neighbours);
					for (const [at, item] of result.items.entries()) {
						expect(item.slot).not.toBe(source);
						expect(partners.has(item.slot)).toBe(false);
						expect(item.score).toBeGreaterThanOrEqual(0);
						expect(item.score).toBeLessThanOrEqual(1 + 1e-9);
						if (at > 0) expect(result.items[at - 1].score).toBeGreaterThanOrEqual(item.score);
						if (scope === 'international') expect(index.countries[item.slot]).not.toBe(index.countries[source]);
						if (scope === 'regional') expect(index.regions[item.slot]).toBe(index.regions[source]);
					}
				}
			),
			{ numRuns: 200 }
		);
	});

	it('ranks a partner of a partner with the same concerns above a stranger, and says through whom', () => {
		const base = { type: 'vet-provider', place: COUNTRIES[0], categories: ['1'], targetGroups: ['youth'], languages: ['es'], text: '' };
		const index = network([base, { ...base, type: 'cluster-organisation' }, base, { ...base, place: COUNTRIES[1] }], [[0, 1], [1, 2]]);
		const result = scoreCandidates(index, profileOf(index, 0), { scope: 'any', limit: 5, weights: DEFAULT_WEIGHTS });
		expect(result.items.map((item) => item.slot)).toEqual([2, 3]);
		expect(result.items[0].via).toEqual([1]);
		expect(result.items[0].signals.proximity).toBeGreaterThan(0);
		expect(result.items[1].signals.proximity).toBe(0);
	});

	it('finds descriptions in other languages similar through shared vocabulary concepts', () => {
		const index = network(
			[
				{ type: 'vet-provider', place: COUNTRIES[0], categories: [], targetGroups: [], languages: [], text: 'formación dual para jóvenes' },
				{ type: 'vet-provider', place: COUNTRIES[1], categories: [], targetGroups: [], languages: [], text: 'apprenticeships for young people' },
				{ type: 'vet-provider', place: COUNTRIES[1], categories: [], targetGroups: [], languages: [], text: 'recognition of prior learning' }
			],
			[]
		);
		const result = scoreCandidates(index, profileOf(index, 0), { scope: 'any', limit: 5, weights: DEFAULT_WEIGHTS });
		expect(result.items[0].slot).toBe(1);
		expect(result.items[0].signals.text).toBeGreaterThan(0.3);
		expect(result.items.find((item) => item.slot === 2)?.signals.text ?? 0).toBe(0);
	});

	it('counts a missing triple-helix role as complementary for a cluster organisation', () => {
		const base = { place: COUNTRIES[0], categories: ['5'], targetGroups: [], languages: [], text: '' };
		const index = network(
			[
				{ ...base, type: 'cluster-organisation' },
				{ ...base, type: 'firm-sme' },
				{ ...base, type: 'university' },
				{ ...base, type: 'firm-sme' }
			],
			[[0, 1]]
		);
		const result = scoreCandidates(index, profileOf(index, 0), { scope: 'any', limit: 5, weights: DEFAULT_WEIGHTS });
		const university = result.items.find((item) => item.slot === 2)!;
		const firm = result.items.find((item) => item.slot === 3)!;
		expect(university.signals.complementary).toBe(1);
		expect(firm.signals.complementary).toBeLessThan(1);
		expect(university.score).toBeGreaterThan(firm.score);
	});

	it('treats an idea asking for a type as wanting exactly that type', () => {
		const base = { place: COUNTRIES[1], categories: [], targetGroups: [], languages: [], text: '' };
		const index = network([{ ...base, type: 'university' }, { ...base, type: 'vet-provider' }], []);
		const text = weighVector(textTerms('a VET partner in Portugal'), index.text.termIds, index.text.idf);
		const profile: MatchProfile = { ...profileOf(index, 0), self: null, helix: null, neighbours: [], wantedTypes: ['vet-provider'], text, countries: ['PT'], regions: [] };
		const result = scoreCandidates(index, profile, { scope: 'regional', limit: 5, weights: DEFAULT_WEIGHTS });
		expect(result.items[0].slot).toBe(1);
		expect(result.items[0].signals.complementary).toBe(1);
	});
});

describe('match weights', () => {
	it('takes overrides from ATLAS_MATCH_WEIGHTS and refuses unknown signals or bad values', () => {
		expect(matchWeights({})).toEqual(DEFAULT_WEIGHTS);
		expect(matchWeights({ ATLAS_MATCH_WEIGHTS: '{"text":0.5}' }).text).toBe(0.5);
		expect(() => matchWeights({ ATLAS_MATCH_WEIGHTS: '{"luck":1}' })).toThrow(/unknown signal "luck"/);
		expect(() => matchWeights({ ATLAS_MATCH_WEIGHTS: '{"text":-1}' })).toThrow(/0 to 10/);
		expect(() => matchWeights({ ATLAS_MATCH_WEIGHTS: 'text=1' })).toThrow(/not JSON/);
	});
});
