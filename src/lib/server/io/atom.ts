/**
 * Atom 1.0 feed of newly published knowledge records, written with the `feed` package.
 *
 * That package emits entry titles and summaries as `type="html"`, so a feed reader
 * interprets them as HTML: our plain text is HTML-escaped first, and a title holding
 * `<script>` reaches the reader as the visible text "<script>". Characters XML 1.0
 * forbids are dropped before anything is written.
 */
import { Feed } from 'feed';
import { label, type VocabularyName } from '../vocab';
import { markdownToPlainText } from './plain-text';

/** A published record as the feed shows it. */
export interface AtomResource {
	id: string;
	slug: string;
	title: string;
	/** Markdown. */
	abstract: string;
	type: string;
	categories: string[];
	authors: string[];
	publisher: string;
	publishedAt: Date;
}

/** The query and filters of a library search, filters as codes (see library/search.ts). */
export interface FeedFilters {
	q?: string;
	language?: string[];
	type?: string[];
	category?: string[];
	topic?: string[];
	country?: string[];
	region?: string[];
	year?: number[];
	publisher?: string[];
}

export interface LibraryFeedInput {
	/** Site origin, `https://atlas.example.org`. */
	origin: string;
	/** The feed's own address, query included; also its id. */
	selfUrl: string;
	/** The same search as a page. */
	pageUrl: string;
	filters: FeedFilters;
	resources: AtomResource[];
	/** When there are no entries, the feed's `updated` (tests fix it). */
	now?: Date;
}

/** Longest summary, in characters; longer abstracts are cut at a word boundary. */
const SUMMARY_MAX_CHARS = 1000;

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text that XML 1.0 can carry. */
function xmlText(text: string): string {
	return text.replace(NOT_XML, '');
}

/** Text for an attribute written by `feed`, which escapes & and " but not <. */
function attributeText(text: string): string {
	return xmlText(text).replace(/</g, '');
}

/** Plain text as the HTML that shows it literally (for the fields written as type="html"). */
function asHtml(text: string): string {
	return xmlText(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

function summaryOf(markdown: string): string {
	const text = markdownToPlainText(markdown);
	if (text.length <= SUMMARY_MAX_CHARS) return text;
	const cut = text.slice(0, SUMMARY_MAX_CHARS);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX_CHARS - 100)).trimEnd()}…`;
}

const FILTER_VOCABULARIES: [keyof FeedFilters, VocabularyName | null][] = [
	['language', 'language'],
	['type', 'resource-type'],
	['category', 'skills-category'],
	['topic', null],
	['country', 'country'],
	['region', 'ilo-region'],
	['year', null],
	['publisher', null]
];

/** The filters in words, for the feed title: `“apprenticeship”, Spanish, Senegal or Ghana, 2024`. */
export function describeFeedFilters(filters: FeedFilters): string {
	const parts: string[] = [];
	if (filters.q?.trim()) parts.push(`“${filters.q.trim()}”`);
	for (const [key, vocabulary] of FILTER_VOCABULARIES) {
		const values = (filters[key] as (string | number)[] | undefined) ?? [];
		if (values.length === 0) continue;
		parts.push(values.map((value) => (vocabulary ? label(vocabulary, String(value), 'en') : String(value))).join(' or '));
	}
	return parts.join(', ');
}

/** The feed's title: what it is, and the search it follows. */
export function libraryFeedTitle(filters: FeedFilters): string {
	const described = describeFeedFilters(filters);
	return described ? `Skills Atlas: new in the library – ${described}` : 'Skills Atlas: new in the library';
}

/** The Atom document (UTF-8 text) for records already sorted newest first. */
export function libraryAtomFeed(input: LibraryFeedInput): string {
	const { origin, resources } = input;
	const category = (vocabulary: VocabularyName, code: string) => ({
		term: attributeText(code),
		name: attributeText(label(vocabulary, code, 'en')),
		scheme: `${origin}/api/v1/vocabularies/${vocabulary}`
	});
	const feed = new Feed({
		id: input.selfUrl,
		title: xmlText(libraryFeedTitle(input.filters)),
		description: 'Knowledge records newly published in the Skills Atlas library.',
		link: input.pageUrl,
		feedLinks: { atom: input.selfUrl },
		updated: resources[0]?.publishedAt ?? input.now ?? new Date(),
		generator: 'Skills Atlas',
		author: { name: 'Skills Atlas', link: origin }
	});
	for (const resource of resources) {
		const people = resource.authors.length > 0 ? resource.authors : resource.publisher ? [resource.publisher] : [];
		feed.addItem({
			id: `urn:uuid:${resource.id}`,
			title: asHtml(resource.title),
			link: `${origin}/library/${encodeURIComponent(resource.slug)}`,
			date: resource.publishedAt,
			published: resource.publishedAt,
			description: asHtml(summaryOf(resource.abstract)) || undefined,
			author: people.map((name) => ({ name: xmlText(name) })),
			category: [
				category('resource-type', resource.type),
				...resource.categories.map((code) => category('skills-category', code))
			]
		});
	}
	return feed.atom1();
}
