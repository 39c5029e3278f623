/**
 * Finding concepts from what people write: a code, a label or an alt label in any of the
 * four languages (case, accents and punctuation ignored), the nearest concept to a typo,
 * and the concepts a free text mentions.
 */
import { looseKey, looseToken, normalizeText, normalizedTokens, similarity } from './normalize';
import { concepts, getVocabulary } from './registry';
import { LOCALES, type Concept, type ConceptMention, type Locale, type Suggestion, type VocabularyName } from './types';

interface LookupIndex {
	byCode: Map<string, Concept>;
	/** Normalised code, alias, label or alt label → concept. */
	exact: Map<string, Concept>;
	/** The same keys in their loose (rough singular) form. */
	loose: Map<string, Concept>;
	/** The same keys without spaces ("cote divoire", "startup"). */
	compact: Map<string, Concept>;
	/** Every distinct key with the text it came from, for suggest(). */
	candidates: { key: string; text: string; concept: Concept; isCode: boolean }[];
}

const indexes = new Map<VocabularyName, LookupIndex>();

function buildIndex(name: VocabularyName): LookupIndex {
	const vocabulary = getVocabulary(name);
	const index: LookupIndex = { byCode: new Map(), exact: new Map(), loose: new Map(), compact: new Map(), candidates: [] };
	const candidateByKey = new Map<string, LookupIndex['candidates'][number]>();
	const add = (text: string, concept: Concept | undefined, isCode = false) => {
		if (!concept) return;
		const key = normalizeText(text);
		if (!key) return;
		const existing = candidateByKey.get(key);
		if (!existing) {
			index.exact.set(key, concept);
			const candidate = { key, text, concept, isCode };
			candidateByKey.set(key, candidate);
			index.candidates.push(candidate);
		} else if (existing.isCode && !isCode && existing.concept === concept) {
			// "skills-shortage" the code and "Skills shortage" the label share a key; show the label.
			Object.assign(existing, { text, isCode: false });
		}
		const loose = looseKey(key);
		if (!index.loose.has(loose)) index.loose.set(loose, concept);
		const compact = key.replaceAll(' ', '');
		if (!index.compact.has(compact)) index.compact.set(compact, concept);
	};
	// Earlier passes win a clash: a code beats a label, a label beats an alt label.
	for (const concept of vocabulary.concepts) index.byCode.set(concept.code, concept);
	for (const concept of vocabulary.concepts) add(concept.code, concept, true);
	for (const [alias, code] of Object.entries(vocabulary.inputAliases ?? {})) add(alias, index.byCode.get(code), true);
	for (const locale of LOCALES) for (const concept of vocabulary.concepts) add(concept.labels[locale], concept);
	for (const locale of LOCALES) {
		for (const concept of vocabulary.concepts) for (const altLabel of concept.altLabels?.[locale] ?? []) add(altLabel, concept);
	}
	return index;
}

function indexOf(name: VocabularyName): LookupIndex {
	let index = indexes.get(name);
	if (!index) {
		index = buildIndex(name);
		indexes.set(name, index);
	}
	return index;
}

function findByKey(index: LookupIndex, normalized: string): Concept | undefined {
	return index.exact.get(normalized) ?? index.loose.get(looseKey(normalized)) ?? index.compact.get(normalized.replaceAll(' ', ''));
}

/**
 * The concept a value stands for, or null: accepts the code, an input alias (EL, GBR,
 * "eng"), or any label or alt label in English, Spanish, French or Portuguese, ignoring
 * case, accents, punctuation and surrounding spaces. A trailing note in brackets
 * ("Regional Collaboration / High Complexity (MT/LT)") is ignored when the whole value
 * matches nothing; for languages a regional tag ("pt-BR") falls back to the language.
 * Simple plurals ("pasantías") and missing spaces ("cote divoire") are tolerated.
 */
export function lookup(name: VocabularyName, input: string | null | undefined): Concept | null {
	if (typeof input !== 'string') return null;
	const index = indexOf(name);
	const trimmed = input.trim();
	if (!trimmed) return null;
	const byCode = index.byCode.get(trimmed);
	if (byCode) return byCode;
	const found = findByKey(index, normalizeText(trimmed));
	if (found) return found;
	const withoutBrackets = trimmed.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
	if (withoutBrackets !== trimmed) {
		const key = normalizeText(withoutBrackets);
		const match = key ? findByKey(index, key) : undefined;
		if (match) return match;
	}
	if (name === 'language') {
		const tag = /^([a-z]{2,3})[-_][a-z0-9]+/i.exec(trimmed);
		if (tag) return index.byCode.get(tag[1].toLowerCase()) ?? null;
	}
	return null;
}

/** The concept with exactly this code, or undefined. */
export function conceptByCode(name: VocabularyName, code: string): Concept | undefined {
	return indexOf(name).byCode.get(code);
}

/**
 * The label of a code in a locale. Unknown codes are looked up as input (so "EL" gives
 * Greece) and, failing that, returned unchanged so a page can still show something.
 */
export function label(name: VocabularyName, code: string, locale: Locale = 'en'): string {
	const concept = conceptByCode(name, code) ?? lookup(name, code);
	return concept ? concept.labels[locale] : code;
}

const MIN_SIMILARITY = 0.6;

/**
 * The known concept nearest to an unknown value, for "did you mean …?" messages, or null
 * when nothing is reasonably close. Compares the normalised value with every code, label
 * and alt label by edit distance; a value that is a whole-word part of a label
 * ("shortage" in "skills shortage") also counts as close.
 */
export function suggest(name: VocabularyName, input: string, locale: Locale = 'en'): Suggestion | null {
	const exact = lookup(name, input);
	if (exact) return { code: exact.code, label: exact.labels[locale], matched: input.trim(), similarity: 1 };
	const wanted = normalizeText(input);
	if (wanted.length < 2) return null;
	let best: { score: number; text: string; concept: Concept; isCode: boolean } | undefined;
	for (const candidate of indexOf(name).candidates) {
		let score = similarity(wanted, candidate.key);
		if (wanted.length >= 4 && ` ${candidate.key} `.includes(` ${wanted} `)) {
			score = Math.max(score, MIN_SIMILARITY + 0.3 * (wanted.length / candidate.key.length));
		}
		// On a tie a label reads better in "did you mean …" than a code.
		const better = !best || score > best.score || (score === best.score && best.isCode && !candidate.isCode);
		if (better) best = { score, text: candidate.text, concept: candidate.concept, isCode: candidate.isCode };
	}
	if (!best || best.score < MIN_SIMILARITY) return null;
	return { code: best.concept.code, label: best.concept.labels[locale], matched: best.text, similarity: Math.round(best.score * 1000) / 1000 };
}

/** The vocabularies findConceptsInText() looks for by default. */
export const TEXT_VOCABULARIES = ['skills-category', 'target-group', 'resource-type'] as const satisfies readonly VocabularyName[];

interface Phrase {
	tokens: string[];
	vocab: VocabularyName;
	code: string;
	matched: string;
}

const phraseIndexes = new Map<string, Map<string, Phrase[]>>();

function phrasesByFirstToken(names: readonly VocabularyName[]): Map<string, Phrase[]> {
	const cacheKey = names.join(',');
	const cached = phraseIndexes.get(cacheKey);
	if (cached) return cached;
	const byFirst = new Map<string, Phrase[]>();
	const seen = new Set<string>();
	for (const vocab of names) {
		for (const concept of concepts(vocab)) {
			const texts = LOCALES.flatMap((locale) => [concept.labels[locale], ...(concept.altLabels?.[locale] ?? [])]);
			for (const text of texts) {
				const tokens = normalizedTokens(text).map(looseToken);
				const id = `${vocab}|${concept.code}|${tokens.join(' ')}`;
				if (tokens.length === 0 || seen.has(id)) continue;
				seen.add(id);
				const list = byFirst.get(tokens[0]) ?? [];
				list.push({ tokens, vocab, code: concept.code, matched: text });
				byFirst.set(tokens[0], list);
			}
		}
	}
	phraseIndexes.set(cacheKey, byFirst);
	return byFirst;
}

/**
 * The concepts whose label or alt label, in any of the four languages, occurs as whole
 * words in a free text ("formación dual para jóvenes" → skills category 1 and target group
 * youth). Accents, case and simple plurals are ignored. A match inside a longer match is
 * dropped ("apprentissage en ligne" is e-learning, not apprenticeship). In order of first
 * appearance, each concept once.
 */
export function findConceptsInText(text: string, vocabularies: readonly VocabularyName[] = TEXT_VOCABULARIES): ConceptMention[] {
	const tokens = normalizedTokens(text).map(looseToken);
	if (tokens.length === 0) return [];
	const byFirst = phrasesByFirstToken(vocabularies);
	const spans: { start: number; end: number; phrase: Phrase }[] = [];
	tokens.forEach((token, start) => {
		for (const phrase of byFirst.get(token) ?? []) {
			const end = start + phrase.tokens.length;
			if (end > tokens.length) continue;
			if (phrase.tokens.every((wanted, offset) => tokens[start + offset] === wanted)) spans.push({ start, end, phrase });
		}
	});
	const kept = spans.filter(
		(span) => !spans.some((other) => other !== span && other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start)
	);
	kept.sort((a, b) => a.start - b.start || b.end - a.end);
	const mentions: ConceptMention[] = [];
	const found = new Set<string>();
	for (const { phrase } of kept) {
		const id = `${phrase.vocab}|${phrase.code}`;
		if (found.has(id)) continue;
		found.add(id);
		mentions.push({ vocab: phrase.vocab, code: phrase.code, matched: phrase.matched });
	}
	return mentions;
}

/** The ILO region code of a country given as code, alias or name, or null. */
export function iloRegionOfCountry(input: string | null | undefined): string | null {
	const country = lookup('country', input);
	return typeof country?.extra?.iloRegion === 'string' ? country.extra.iloRegion : null;
}

/** The code in the list of 9 that a code of the earlier list of 8 became ("old-6" → "5"), or null. */
export function categoryFromEarlierList(oldCode: string): string | null {
	const mapsTo = conceptByCode('skills-category-2019', oldCode)?.extra?.mapsTo;
	return typeof mapsTo === 'string' ? mapsTo : null;
}
