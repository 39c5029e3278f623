/**
 * What BibTeX and RIS have in common once citation-js has read them: CSL-JSON items.
 * This file maps a CSL item to the fields of a knowledge record (and back for exports),
 * including the CSL types to our resource types, and guesses a record's language from
 * its words when the file does not say.
 */
import { lookup, suggest, normalizeText } from '../vocab';

/** A CSL-JSON item as citation-js produces and consumes it (only what we touch is typed). */
export interface CslItem {
	id?: string;
	type?: string;
	genre?: string;
	title?: string;
	abstract?: string;
	language?: string;
	keyword?: string;
	author?: { family?: string; given?: string; literal?: string }[];
	issued?: { 'date-parts'?: (number | string)[][]; raw?: string; literal?: string };
	publisher?: string;
	URL?: string;
	DOI?: string;
	[key: string]: unknown;
}

/** The record fields a citation gives, before vocabulary checks (those happen in the importer). */
export interface CitationFields {
	title: string;
	abstract?: string;
	/** Language as written in the file, or the guessed code. */
	language?: string;
	languageGuessed?: boolean;
	/** Resource type code. */
	type: string;
	topics: string[];
	authors: string[];
	year: number | null;
	publisher?: string;
	url?: string;
	doi?: string;
	/** Everything else the citation carries (journal, volume, pages, ISBN, citation key…). */
	extra: Record<string, unknown>;
}

/** CSL item types → our resource types (the genre, when it names one of ours, wins). */
const TYPE_OF_CSL: Record<string, string> = {
	'article-journal': 'research-paper', article: 'research-paper', 'paper-conference': 'research-paper', thesis: 'research-paper',
	chapter: 'research-paper', book: 'research-paper', report: 'research-paper', manuscript: 'research-paper', patent: 'research-paper',
	'entry-encyclopedia': 'research-paper', 'entry-dictionary': 'research-paper', entry: 'research-paper', review: 'research-paper',
	'review-book': 'research-paper', periodical: 'research-paper', collection: 'research-paper', classic: 'research-paper', document: 'research-paper',
	legislation: 'policy-document', bill: 'policy-document', regulation: 'policy-document', treaty: 'policy-document',
	legal_case: 'policy-document', hearing: 'policy-document',
	dataset: 'statistics', map: 'statistics', figure: 'statistics',
	software: 'tool-guideline', standard: 'tool-guideline',
	pamphlet: 'promotional-material', 'article-newspaper': 'promotional-material', 'article-magazine': 'promotional-material',
	webpage: 'promotional-material', post: 'promotional-material', 'post-weblog': 'promotional-material', broadcast: 'promotional-material',
	motion_picture: 'promotional-material', graphic: 'promotional-material', speech: 'promotional-material', interview: 'promotional-material',
	event: 'promotional-material', performance: 'promotional-material', song: 'promotional-material', personal_communication: 'promotional-material'
};

/** Our resource types → CSL types for exports; the genre carries our own label so a re-import is exact. */
const CSL_OF_TYPE: Record<string, string> = {
	'research-paper': 'report', 'case-study': 'report', 'evaluation-report': 'report', 'policy-document': 'report',
	'tool-guideline': 'report', statistics: 'dataset', 'promotional-material': 'pamphlet', course: 'document'
};

const MAPPED = new Set(['id', '_graph', 'type', 'title', 'abstract', 'language', 'keyword', 'author', 'issued', 'publisher', 'URL', 'DOI']);

/** The resource type a CSL item stands for. */
export function resourceTypeOfCsl(item: CslItem): string {
	const fromGenre = item.genre ? lookup('resource-type', item.genre) : null;
	if (fromGenre) return fromGenre.code;
	return TYPE_OF_CSL[item.type ?? ''] ?? 'research-paper';
}

function yearOf(issued: CslItem['issued']): number | null {
	const first = issued?.['date-parts']?.[0]?.[0];
	const fromParts = first !== undefined ? Number(first) : NaN;
	if (Number.isInteger(fromParts) && fromParts >= 1000 && fromParts <= 2100) return fromParts;
	const text = `${issued?.raw ?? ''} ${issued?.literal ?? ''}`;
	const match = /\b(1\d{3}|20\d{2})\b/.exec(text);
	return match ? Number(match[1]) : null;
}

function personName(person: { family?: string; given?: string; literal?: string }): string {
	if (person.literal) return person.literal.trim();
	if (person.family && person.given) return `${person.family.trim()}, ${person.given.trim()}`;
	return (person.family ?? person.given ?? '').trim();
}

/** A CSL item → record fields. Plain text throughout: markup in a title stays text. */
export function fieldsFromCsl(item: CslItem): CitationFields {
	const extra: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(item)) {
		if (!MAPPED.has(key) && value !== undefined && value !== '') extra[key] = value;
	}
	const title = String(item.title ?? '').trim();
	const abstract = item.abstract ? String(item.abstract).trim() : undefined;
	let language = item.language ? String(item.language).trim() : undefined;
	let languageGuessed = false;
	if (!language) {
		const guessed = guessLanguage(`${title} ${abstract ?? ''}`);
		if (guessed) {
			language = guessed;
			languageGuessed = true;
		}
	}
	return {
		title,
		abstract,
		language,
		languageGuessed,
		type: resourceTypeOfCsl(item),
		topics: String(item.keyword ?? '')
			.split(/[,;]/)
			.map((word) => word.trim())
			.filter(Boolean),
		authors: (item.author ?? []).map(personName).filter(Boolean),
		year: yearOf(item.issued),
		publisher: item.publisher ? String(item.publisher).trim() : undefined,
		url: item.URL ? String(item.URL).trim() : undefined,
		doi: item.DOI ? String(item.DOI).trim() : undefined,
		extra: Object.keys(extra).length ? { citation: extra } : {}
	};
}

/** What an export needs of a stored record to cite it. */
export interface CitableRecord {
	slug: string;
	title: string;
	abstract: string;
	language: string;
	type: string;
	topics: string[];
	authors: string[];
	year: number | null;
	publisher: string;
	url: string;
	doi: string;
}

/** A stored record → a CSL item (authors "Family, Given" become structured names). */
export function cslFromRecord(record: CitableRecord): CslItem {
	const item: CslItem = {
		id: record.slug,
		type: CSL_OF_TYPE[record.type] ?? 'document',
		genre: lookup('resource-type', record.type)?.labels.en ?? record.type,
		title: record.title,
		language: record.language
	};
	if (record.abstract) item.abstract = record.abstract;
	if (record.topics.length) item.keyword = record.topics.join(',');
	if (record.authors.length) {
		item.author = record.authors.map((name) => {
			const comma = name.indexOf(',');
			return comma > 0 ? { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() } : { literal: name };
		});
	}
	if (record.year) item.issued = { 'date-parts': [[record.year]] };
	if (record.publisher) item.publisher = record.publisher;
	if (record.url) item.URL = record.url;
	if (record.doi) item.DOI = record.doi;
	return item;
}

/** "language: unknown value …" with the closest known language, or null when the value is known. */
export function unknownLanguageReason(value: string): string | null {
	if (lookup('language', value)) return null;
	const near = suggest('language', value);
	return `language: unknown value "${value}"${near ? ` (did you mean "${near.label}"?)` : ''}`;
}

// Frequent short words of each language; words shared by several count for each.
const STOPWORDS: Record<string, string[]> = {
	en: ['the', 'of', 'and', 'to', 'in', 'for', 'is', 'on', 'with', 'by', 'from', 'that', 'this', 'are', 'an', 'its', 'how', 'what', 'through', 'between', 'their'],
	es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'para', 'por', 'con', 'una', 'un', 'que', 'se', 'su', 'al', 'es', 'como', 'entre', 'sobre'],
	fr: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'pour', 'dans', 'une', 'un', 'sur', 'par', 'au', 'aux', 'est', 'que', 'avec', 'entre', 'l', 'd'],
	pt: ['o', 'a', 'os', 'as', 'de', 'da', 'do', 'das', 'dos', 'e', 'em', 'para', 'por', 'com', 'uma', 'um', 'que', 'no', 'na', 'ao', 'entre', 'sobre']
};

/**
 * The language of a text among English, Spanish, French and Portuguese by counting
 * their frequent words, or null when the text is too short or too mixed to tell
 * (the winner needs at least twice the score of the runner-up).
 */
export function guessLanguage(text: string): string | null {
	const words = normalizeText(text).split(' ');
	const scores = Object.entries(STOPWORDS).map(([code, list]) => {
		const set = new Set(list);
		return { code, score: words.filter((word) => set.has(word)).length };
	});
	scores.sort((a, b) => b.score - a.score);
	const [best, second] = scores;
	if (best.score === 0 || best.score < second.score * 2) return null;
	return best.code;
}
