/**
 * Descriptions as weighted term vectors for matchmaking. A text gives two kinds of
 * terms: its words (accent- and case-folded, roughly singular) and the vocabulary
 * concepts it mentions in any of our languages ("formación dual" and "apprenticeship"
 * both give the concept work-based learning), so that texts in different languages can
 * still be similar. Weights are TF-IDF over the indexed descriptions, vectors have unit
 * length, and cosine similarity is a dot product.
 */
import { findConceptsInText } from '../vocab';
import { looseToken, normalizedTokens } from '../vocab/normalize';

/** Vocabularies whose mentions become concept terms. */
const CONCEPT_VOCABULARIES = ['skills-category', 'target-group', 'actor-type', 'resource-type'] as const;
/** A concept mention counts as much as this many repetitions of a word. */
const CONCEPT_BOOST = 3;
/** Words shorter than this carry little meaning in the four languages (articles, "de", "and"). */
const MIN_WORD_LENGTH = 4;
/** Only this much of a description is read: the start says what an organisation does. */
const MAX_TEXT_CHARS = 4000;

/** Frequent words of the four languages that survive the length cut. */
const STOP_WORDS = new Set(
	(
		'with from that this their they them have been were which what when where will would also into more than other such over ' +
		'para como entre sobre desde hasta pero esta este estos estas tiene todo toda todos todas donde cuando sus una uno unos unas ' +
		'avec dans pour plus sont nous vous leur leurs cette ces entre sans sous mais tout tous toute toutes aussi ainsi ' +
		'pela pelo pelas pelos mais entre sobre como esta este essa esse seus suas uma umas todo toda todos todas onde quando'
	)
		.split(' ')
		.map(looseToken)
);

/** Term counts of one text: words and `c:<vocabulary>:<code>` concept terms. */
export function textTerms(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	const clipped = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
	for (const token of normalizedTokens(clipped)) {
		if (token.length < MIN_WORD_LENGTH || /^\d+$/.test(token)) continue;
		const word = looseToken(token);
		if (STOP_WORDS.has(word)) continue;
		counts.set(word, (counts.get(word) ?? 0) + 1);
		if (!surfaceForms.has(word) && surfaceForms.size < MAX_SURFACE_FORMS) surfaceForms.set(word, token);
	}
	for (const mention of findConceptsInText(clipped, CONCEPT_VOCABULARIES)) {
		const term = conceptTerm(mention.vocab, mention.code);
		counts.set(term, (counts.get(term) ?? 0) + CONCEPT_BOOST);
	}
	return counts;
}

// A readable form of each word term (its first spelling seen), for reasons.
const surfaceForms = new Map<string, string>();
const MAX_SURFACE_FORMS = 500_000;

/** A word term as a reader would write it ("aerospac" → "aerospace"). */
export function surfaceForm(term: string): string {
	return surfaceForms.get(term) ?? term;
}

/** The term standing for a vocabulary concept. */
export function conceptTerm(vocabulary: string, code: string): string {
	return `c:${vocabulary}:${code}`;
}

/** The vocabulary and code of a concept term, or null for a word. */
export function parseConceptTerm(term: string): { vocabulary: string; code: string } | null {
	if (!term.startsWith('c:')) return null;
	const at = term.indexOf(':', 2);
	return at < 0 ? null : { vocabulary: term.slice(2, at), code: term.slice(at + 1) };
}

/** A sparse vector: term ids in increasing order and their weights (unit length). */
export interface TermVector {
	termIds: Int32Array;
	weights: Float32Array;
}

/** The term dictionary and postings built from every indexed description. */
export interface TextIndex {
	terms: string[];
	termIds: Map<string, number>;
	idf: Float32Array;
	/** For each term, the documents holding it and the term's weight in each. */
	postingDocs: Int32Array[];
	postingWeights: Float32Array[];
	/** Each document's own vector (for using an indexed actor as the query). */
	documents: (TermVector | null)[];
}

/** Terms in more than this share of documents say nothing about a match. */
const MAX_DOCUMENT_SHARE = 0.3;

/** Builds the text index of `documents` (term counts per document, null for none). */
export function buildTextIndex(documents: (Map<string, number> | null)[]): TextIndex {
	const documentCount = documents.length;
	const frequency = new Map<string, number>();
	for (const counts of documents) if (counts) for (const term of counts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
	const terms: string[] = [];
	const termIds = new Map<string, number>();
	const idfValues: number[] = [];
	const maxFrequency = Math.max(2, documentCount * MAX_DOCUMENT_SHARE);
	for (const [term, df] of frequency) {
		// A word in one document can never make two documents similar; keep concepts, which a query may share.
		if ((df < 2 && !term.startsWith('c:')) || df > maxFrequency) continue;
		termIds.set(term, terms.length);
		terms.push(term);
		idfValues.push(Math.log((1 + documentCount) / df));
	}
	const idf = Float32Array.from(idfValues);
	const postingLists: { docs: number[]; weights: number[] }[] = terms.map(() => ({ docs: [], weights: [] }));
	const vectors: (TermVector | null)[] = documents.map((counts, doc) => {
		if (!counts) return null;
		const vector = weighVector(counts, termIds, idf);
		if (!vector) return null;
		vector.termIds.forEach((termId, position) => {
			postingLists[termId].docs.push(doc);
			postingLists[termId].weights.push(vector.weights[position]);
		});
		return vector;
	});
	return {
		terms,
		termIds,
		idf,
		postingDocs: postingLists.map((list) => Int32Array.from(list.docs)),
		postingWeights: postingLists.map((list) => Float32Array.from(list.weights)),
		documents: vectors
	};
}

/** The unit-length TF-IDF vector of term counts against an index's dictionary, or null when no term is known. */
export function weighVector(counts: Map<string, number>, termIds: Map<string, number>, idf: Float32Array): TermVector | null {
	const entries: [number, number][] = [];
	for (const [term, count] of counts) {
		const id = termIds.get(term);
		if (id === undefined) continue;
		entries.push([id, (1 + Math.log(count)) * idf[id]]);
	}
	if (entries.length === 0) return null;
	entries.sort((a, b) => a[0] - b[0]);
	const norm = Math.sqrt(entries.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
	return { termIds: Int32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, weight]) => weight / norm) };
}

/** Adds the cosine similarity of `query` with every document into `scores` (one slot per document). */
export function accumulateSimilarity(index: TextIndex, query: TermVector, scores: Float32Array): void {
	for (let position = 0; position < query.termIds.length; position++) {
		const queryWeight = query.weights[position];
		const docs = index.postingDocs[query.termIds[position]];
		const weights = index.postingWeights[query.termIds[position]];
		for (let k = 0; k < docs.length; k++) scores[docs[k]] += queryWeight * weights[k];
	}
}

/** The terms two vectors share, the heaviest contribution first (for reasons). */
export function sharedTerms(index: TextIndex, a: TermVector, b: TermVector, limit: number): string[] {
	const shared: [string, number][] = [];
	let i = 0;
	let j = 0;
	while (i < a.termIds.length && j < b.termIds.length) {
		if (a.termIds[i] === b.termIds[j]) {
			shared.push([index.terms[a.termIds[i]], a.weights[i] * b.weights[j]]);
			i++;
			j++;
		} else if (a.termIds[i] < b.termIds[j]) i++;
		else j++;
	}
	return shared.sort((x, y) => y[1] - x[1]).slice(0, limit).map(([term]) => term);
}
