/**
 * Knowledge records as the API and the pages present them: rows in, plain domain objects
 * out (camelCase, labels in the reader's language, HTML only where it was made safe).
 */
import { label, type Locale, type VocabularyName } from '../vocab';
import {
	FACET_NAMES,
	HIGHLIGHT_START,
	HIGHLIGHT_STOP,
	type FacetCountRow,
	type FacetName,
	type ResourceFilters,
	type ResourceHitRow
} from './search-queries';
import type { ResourceDetailQueryRow } from './record-queries';
import { escapeHtml, highlightToHtml } from './markdown';

/** One record in a list (GET /api/v1/resources items, the library page). */
export interface ResourceListItem {
	id: string;
	slug: string;
	title: string;
	/** Markdown, as written. */
	abstract: string;
	language: string;
	type: string;
	categories: string[];
	countries: string[];
	regions: string[];
	topics: string[];
	targetGroups: string[];
	authors: string[];
	year: number | null;
	publisher: string;
	url: string;
	doi: string;
	publishedAt: string | null;
	/** A short HTML excerpt: text escaped, query words in <mark>. */
	snippet: string;
}

export interface FacetEntry {
	value: string;
	label: string;
	count: number;
	/** The value is among the active filters. */
	selected: boolean;
}

export type Facets = Record<FacetName, FacetEntry[]>;

/** Vocabulary behind each facet's codes (year and publisher are shown as stored). */
export const FACET_VOCABULARY: Record<FacetName, VocabularyName | null> = {
	type: 'resource-type',
	language: 'language',
	category: 'skills-category',
	country: 'country',
	region: 'ilo-region',
	year: null,
	publisher: null
};

/** Facet values listed at most, besides the selected ones. */
export const FACET_VALUES_SHOWN = 50;

const SNIPPET_LENGTH = 260;

/** A date column as an ISO string. */
export function isoDate(value: Date | string | null | undefined): string | null {
	if (!value) return null;
	return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** The first words of a Markdown abstract as plain text, cut at a word boundary. */
export function plainExcerpt(markdown: string, length = SNIPPET_LENGTH): string {
	const plain = markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`#>]+/g, '')
		.replace(/^\s*[-+]\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (plain.length <= length) return plain;
	const cut = plain.slice(0, length);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length * 0.6)).trimEnd()} …`;
}

/** A list item from a search row; the snippet is the highlighted headline or the abstract's beginning. */
export function toListItem(row: ResourceHitRow): ResourceListItem {
	const hasMarks = row.headline?.includes(HIGHLIGHT_START);
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		abstract: row.abstract,
		language: row.language,
		type: row.type,
		categories: row.categories,
		countries: row.countries,
		regions: row.regions,
		topics: row.topics,
		targetGroups: row.target_groups,
		authors: row.authors,
		year: row.year,
		publisher: row.publisher_name,
		url: row.url,
		doi: row.doi,
		publishedAt: isoDate(row.published_at),
		snippet: hasMarks ? highlightToHtml(row.headline!.trim(), HIGHLIGHT_START, HIGHLIGHT_STOP) : escapeHtml(plainExcerpt(row.abstract))
	};
}

/** The label of one facet value in a locale. */
export function facetLabel(facet: FacetName, value: string, locale: Locale): string {
	const vocabulary = FACET_VOCABULARY[facet];
	return vocabulary ? label(vocabulary, value, locale) : value;
}

/**
 * Facet entries per facet: most frequent first (then by label), at most
 * FACET_VALUES_SHOWN, and every selected value even when nothing matches it now.
 */
export function presentFacets(rows: FacetCountRow[], filters: ResourceFilters, locale: Locale): Facets {
	const collator = new Intl.Collator(locale);
	const facets = {} as Facets;
	for (const facet of FACET_NAMES) {
		const selected = new Set(filters[facet].map(String));
		const counts = new Map(rows.filter((row) => row.facet === facet).map((row) => [row.value, row.count]));
		for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
		const entries = [...counts].map(([value, count]) => ({ value, label: facetLabel(facet, value, locale), count, selected: selected.has(value) }));
		entries.sort((a, b) =>
			facet === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || collator.compare(a.label, b.label)
		);
		const shown = entries.slice(0, FACET_VALUES_SHOWN);
		for (const entry of entries.slice(FACET_VALUES_SHOWN)) if (entry.selected) shown.push(entry);
		facets[facet] = shown;
	}
	return facets;
}

/** A record of the same work in another language, or a related record. */
export interface ResourceLink {
	id: string;
	slug: string;
	title: string;
	language: string;
	type: string;
	year: number | null;
}

/** Everything shown about one record (GET /api/v1/resources/{id}, the resource page). */
export interface ResourceDetail extends Omit<ResourceListItem, 'snippet'> {
	workId: string;
	status: string;
	licence: string;
	/** The publishing organisation when it is an actor of the network. */
	publisherActor: { id: string; slug: string; name: string } | null;
	concepts: string[];
	createdAt: string | null;
	updatedAt: string | null;
	/** Address of the attached PDF when there is one. */
	pdfUrl: string | null;
	/** The same work in other languages. */
	versions: ResourceLink[];
	/** Published records sharing the most concepts with this one. */
	related: ResourceLink[];
	/** The person asking may change the record (its author while a draft, curators). */
	viewerCanEdit?: boolean;
}

/** A link row of the detail (versions, related). */
export function toResourceLink(row: { id: string; slug: string; title: string; language: string; type: string; year: number | null }): ResourceLink {
	return { id: row.id, slug: row.slug, title: row.title, language: row.language, type: row.type, year: row.year };
}

/** The detail of a record from its row and the links found for it. */
export function toResourceDetail(row: ResourceDetailQueryRow, versions: ResourceLink[], related: ResourceLink[], fileUrl: (slug: string) => string): ResourceDetail {
	return {
		id: row.id,
		workId: row.work_id,
		slug: row.slug,
		status: row.status,
		title: row.title,
		abstract: row.abstract,
		language: row.language,
		type: row.type,
		categories: row.categories,
		countries: row.countries,
		regions: row.regions,
		topics: row.topics,
		targetGroups: row.target_groups,
		authors: row.authors,
		year: row.year,
		publisher: row.publisher_name,
		publisherActor:
			row.publisher_actor_id && row.publisher_slug
				? { id: row.publisher_actor_id, slug: row.publisher_slug, name: row.publisher_actor_name ?? row.publisher_name }
				: null,
		url: row.url,
		doi: row.doi,
		licence: row.licence,
		concepts: row.concepts,
		publishedAt: isoDate(row.published_at),
		createdAt: isoDate(row.created_at),
		updatedAt: isoDate(row.updated_at),
		pdfUrl: row.file_content_type === 'application/pdf' ? fileUrl(row.slug) : null,
		versions,
		related
	};
}

/** schema.org types by resource type (CreativeWork otherwise). */
const SCHEMA_TYPE: Record<string, string> = {
	'research-paper': 'ScholarlyArticle',
	'evaluation-report': 'Report',
	statistics: 'Dataset',
	course: 'Course',
	'case-study': 'Article',
	'policy-document': 'Legislation'
};

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` (and the two
 * JavaScript line separators) are written as \u escapes, so no text of the record, such
 * as a title holding "</script>", can end the element.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

const isOrganisation = (name: string) => !/^[\p{Lu}][\p{L}'’.-]+( [\p{L}'’.-]+){1,3}$/u.test(name) || /\b(ILO|OIT|office|organi[sz]ation|institut|universi|ministr|council|agency|network|cluster)/i.test(name);

/** schema.org description of a record (for search engines and reference managers). */
export function resourceJsonLd(record: ResourceDetail, pageUrl: string, plainAbstract: string, keywords: string[], versionUrl: (slug: string) => string): Record<string, unknown> {
	const data: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': SCHEMA_TYPE[record.type] ?? 'CreativeWork',
		'@id': pageUrl,
		url: pageUrl,
		name: record.title,
		headline: record.title.slice(0, 110),
		inLanguage: record.language
	};
	if (plainAbstract) data.abstract = plainAbstract;
	if (record.authors.length) data.author = record.authors.map((name) => ({ '@type': isOrganisation(name) ? 'Organization' : 'Person', name }));
	if (record.publisher) data.publisher = { '@type': 'Organization', name: record.publisher };
	if (record.year) data.datePublished = String(record.year);
	if (record.doi) data.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: record.doi, url: `https://doi.org/${record.doi}` };
	if (record.url) data.sameAs = record.url;
	if (record.licence) data.license = record.licence;
	if (keywords.length) data.keywords = keywords.join(', ');
	if (record.pdfUrl) data.encoding = { '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: record.pdfUrl };
	if (record.versions.length) data.workTranslation = record.versions.map((version) => ({ '@type': 'CreativeWork', '@id': versionUrl(version.slug), inLanguage: version.language, name: version.title }));
	return data;
}

/**
 * Highwire Press citation meta tags, read by Zotero, Mendeley and Google Scholar:
 * [name, content] pairs in their usual order. Addresses must be absolute.
 */
export function highwireMeta(record: ResourceDetail, pageUrl: string, pdfUrl: string | null): [string, string][] {
	const tags: [string, string][] = [['citation_title', record.title]];
	for (const author of record.authors) tags.push(['citation_author', author]);
	if (record.year) {
		tags.push(['citation_publication_date', String(record.year)]);
		tags.push(['citation_date', String(record.year)]);
	}
	if (record.publisher) {
		tags.push(['citation_publisher', record.publisher]);
		if (record.type === 'research-paper' || record.type === 'evaluation-report') tags.push(['citation_technical_report_institution', record.publisher]);
	}
	if (record.doi) tags.push(['citation_doi', record.doi]);
	tags.push(['citation_language', record.language]);
	for (const topic of record.topics) tags.push(['citation_keywords', topic]);
	tags.push(['citation_abstract_html_url', pageUrl]);
	if (pdfUrl) tags.push(['citation_pdf_url', pdfUrl]);
	return tags;
}
