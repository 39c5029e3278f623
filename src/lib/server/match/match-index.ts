/**
 * The in-memory index matchmaking scores against: one slot per published actor with its
 * concerns as bit masks (skills categories, target groups, languages, mentoring offers),
 * its place, its role on the triple helix, its description as a term vector, and the
 * network as adjacency lists. Built from plain rows so the service (from the database)
 * and the quality benchmark (from a generated network) use the very same code.
 */
import { conceptByCode, concepts } from '../vocab';
import { buildTextIndex, textTerms, type TextIndex } from './text';

export const HELIXES = ['industry', 'education', 'government', 'other'] as const;
export type HelixName = (typeof HELIXES)[number];

/** What the index needs of an actor. */
export interface CandidateInput {
	id: string;
	slug: string;
	name: string;
	type: string;
	country: string | null;
	region: string | null;
	languages: string[];
	categories: string[];
	targetGroups: string[];
	mentoringCategories: string[];
	/** Descriptions in any languages. */
	texts: string[];
	updatedAt: Date | string | number;
}

export interface EdgeInput {
	source: string;
	target: string;
}

/** Bit positions of the codes of one vocabulary (a code outside the list has none). */
export class CodeBits {
	private readonly bits = new Map<string, number>();
	constructor(codes: readonly string[] = []) {
		for (const code of codes) this.add(code);
	}
	/** The bit of a code, giving new codes the next free bit (up to 31; later codes get none). */
	add(code: string): number {
		let bit = this.bits.get(code);
		if (bit === undefined && this.bits.size < 31) {
			bit = this.bits.size;
			this.bits.set(code, bit);
		}
		return bit ?? -1;
	}
	/** The mask of codes already known (unknown codes are ignored). */
	mask(codes: readonly string[]): number {
		let mask = 0;
		for (const code of codes) {
			const bit = this.bits.get(code);
			if (bit !== undefined) mask |= 1 << bit;
		}
		return mask;
	}
	/** The mask of codes, giving bits to new ones. */
	addMask(codes: readonly string[]): number {
		let mask = 0;
		for (const code of codes) {
			const bit = this.add(code);
			if (bit >= 0) mask |= 1 << bit;
		}
		return mask;
	}
	/** The codes of a mask. */
	codes(mask: number): string[] {
		const out: string[] = [];
		for (const [code, bit] of this.bits) if (mask & (1 << bit)) out.push(code);
		return out;
	}
}

export interface MatchIndex {
	size: number;
	ids: string[];
	slugs: string[];
	names: string[];
	types: string[];
	helix: Uint8Array;
	countries: (string | null)[];
	regions: (string | null)[];
	categoryMask: Uint32Array;
	targetGroupMask: Uint32Array;
	languageMask: Uint32Array;
	mentoringMask: Uint32Array;
	/** 1 for an actor changed today, decaying with a one-year time constant. */
	activity: Float32Array;
	/** Days since the last change (for reasons). */
	idleDays: Float32Array;
	/** Slot of each actor id. */
	position: Map<string, number>;
	neighbourOffsets: Int32Array;
	neighbours: Int32Array;
	text: TextIndex;
	categoryBits: CodeBits;
	targetGroupBits: CodeBits;
	languageBits: CodeBits;
}

/** The helix of an actor type (unknown types are "other"). */
export function helixOf(type: string | null | undefined): number {
	const helix = type ? conceptByCode('actor-type', type)?.extra?.helix : undefined;
	const at = HELIXES.indexOf((helix ?? 'other') as HelixName);
	return at < 0 ? 3 : at;
}

const DAY_MS = 86_400_000;

/** Builds the index of `candidates` and the undirected network of `edges` among them. */
export function buildMatchIndex(
	candidates: CandidateInput[],
	edges: EdgeInput[],
	now = Date.now(),
	previous?: MatchIndex,
	/** Term counts already read (`termsOf`), one per candidate. */
	precomputed?: (Map<string, number> | null)[]
): MatchIndex {
	const size = candidates.length;
	const categoryBits = new CodeBits(concepts('skills-category').map((concept) => concept.code));
	const targetGroupBits = new CodeBits(concepts('target-group').map((concept) => concept.code));
	const languageBits = new CodeBits(['en', 'es', 'fr', 'pt']);
	const position = new Map<string, number>();
	const index: Omit<MatchIndex, 'neighbourOffsets' | 'neighbours' | 'text'> = {
		size,
		ids: new Array(size),
		slugs: new Array(size),
		names: new Array(size),
		types: new Array(size),
		helix: new Uint8Array(size),
		countries: new Array(size),
		regions: new Array(size),
		categoryMask: new Uint32Array(size),
		targetGroupMask: new Uint32Array(size),
		languageMask: new Uint32Array(size),
		mentoringMask: new Uint32Array(size),
		activity: new Float32Array(size),
		idleDays: new Float32Array(size),
		position,
		categoryBits,
		targetGroupBits,
		languageBits
	};
	const termCounts: (Map<string, number> | null)[] = new Array(size);
	candidates.forEach((candidate, at) => {
		index.ids[at] = candidate.id;
		index.slugs[at] = candidate.slug;
		index.names[at] = candidate.name;
		index.types[at] = candidate.type;
		index.helix[at] = helixOf(candidate.type);
		index.countries[at] = candidate.country;
		index.regions[at] = candidate.region;
		index.categoryMask[at] = categoryBits.mask(candidate.categories);
		index.targetGroupMask[at] = targetGroupBits.mask(candidate.targetGroups);
		index.languageMask[at] = languageBits.addMask(candidate.languages);
		index.mentoringMask[at] = categoryBits.mask(candidate.mentoringCategories);
		const idle = Math.max(0, (now - new Date(candidate.updatedAt).getTime()) / DAY_MS);
		index.idleDays[at] = idle;
		index.activity[at] = Math.exp(-idle / 365);
		position.set(candidate.id, at);
		termCounts[at] = precomputed ? precomputed[at] : termsOf(candidate, previous !== undefined);
	});
	termCache = new Map(candidates.map((candidate, at) => [candidate.id, { text: candidate.texts.filter(Boolean).join('\n'), terms: termCounts[at] }]));
	const { offsets, list } = adjacency(size, edges, position);
	return { ...index, neighbourOffsets: offsets, neighbours: list, text: buildTextIndex(termCounts) };
}

// Reading a description into terms is the slow part of a rebuild; an actor whose text did
// not change keeps its terms from the previous build.
let termCache = new Map<string, { text: string; terms: Map<string, number> | null }>();

/** The term counts of a candidate's descriptions (null without text), reused from the last build when `reuse` and unchanged. */
export function termsOf(candidate: CandidateInput, reuse: boolean): Map<string, number> | null {
	const text = candidate.texts.filter(Boolean).join('\n');
	if (!text) return null;
	const cached = reuse ? termCache.get(candidate.id) : undefined;
	if (cached && cached.text === text && cached.terms) return cached.terms;
	return textTerms(text);
}

/** Undirected adjacency lists (CSR), each neighbour once, self-loops and unknown ends dropped. */
function adjacency(size: number, edges: EdgeInput[], position: Map<string, number>): { offsets: Int32Array; list: Int32Array } {
	const sets: Set<number>[] = Array.from({ length: size }, () => new Set<number>());
	for (const edge of edges) {
		const a = position.get(edge.source);
		const b = position.get(edge.target);
		if (a === undefined || b === undefined || a === b) continue;
		sets[a].add(b);
		sets[b].add(a);
	}
	const offsets = new Int32Array(size + 1);
	for (let at = 0; at < size; at++) offsets[at + 1] = offsets[at] + sets[at].size;
	const list = new Int32Array(offsets[size]);
	sets.forEach((set, at) => {
		let cursor = offsets[at];
		for (const neighbour of set) list[cursor++] = neighbour;
	});
	return { offsets, list };
}

/** The neighbours of the actor at `at`. */
export function neighboursOf(index: MatchIndex, at: number): Int32Array {
	return index.neighbours.subarray(index.neighbourOffsets[at], index.neighbourOffsets[at + 1]);
}

/** Number of set bits. */
export function bitCount(mask: number): number {
	let value = mask - ((mask >>> 1) & 0x55555555);
	value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
	return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
