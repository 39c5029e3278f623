/**
 * A knowledge record as a citation: CSL-JSON, RIS and BibTeX, made by citation-js (the
 * same library the importers read them with, so a downloaded citation imports back).
 * Served at /api/v1/resources/{id}.csl.json|.ris|.bib and linked from the resource page.
 */
import { Cite } from '../io/citation-js';
import { cslFromRecord, type CslItem } from '../io/citation-records';
import { markdownToPlainText } from '../io/plain-text';
import { toRis } from '../io/ris';
import type { ResourceDetail } from './present';

export type CitationFormat = 'ris' | 'bib' | 'csl.json';

/** Content type and file extension of each download. */
export const CITATION_FORMATS: Record<CitationFormat, { contentType: string; extension: string }> = {
	ris: { contentType: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
	bib: { contentType: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
	'csl.json': { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'csl.json' }
};

// Words that make an author an organisation, whose name must stay whole ("International Labour Office").
const ORGANISATION_WORDS =
	/\b(organi[sz]ation|organi[sz]aci[oó]n|organisation|office|oficina|bureau|institut\w*|universi\w*|ministr\w*|ministère|minist[eé]rio|council|consejo|conseil|centre|center|centro|agency|agencia|agence|foundation|fundaci[oó]n|fondation|funda[cç][aã]o|association|asociaci[oó]n|associa[cç][aã]o|network|red|réseau|rede|cluster|commission|comisi[oó]n|comiss[aã]o|union|unión|bank|banco|banque|group|grupo|groupe|secretariat|programme|program|programa|oit|ilo|unesco|oecd|ocde|cedefop|etf)\b/i;

/**
 * An author as CSL: "Family, Given" is split at the comma; a personal name of two to four
 * capitalised words ("James Wilson", "Ana María de la Cruz") becomes given names and a
 * family name (a "de"/"da"/"van" particle stays with the family name); anything else, an
 * organisation above all, stays whole as a literal.
 */
export function cslName(name: string): { family?: string; given?: string; literal?: string } {
	const trimmed = name.trim().replace(/\s+/g, ' ');
	const comma = trimmed.indexOf(',');
	if (comma > 0) return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim() };
	const words = trimmed.split(' ');
	const personal =
		words.length >= 2 &&
		words.length <= 5 &&
		!ORGANISATION_WORDS.test(trimmed) &&
		words.every((word) => /^(\p{Lu}[\p{L}'’.-]*|de|del|da|das|do|dos|la|le|van|von|der|di|du)$/u.test(word)) &&
		/^\p{Lu}/u.test(words[words.length - 1]);
	if (!personal) return { literal: trimmed };
	let split = words.length - 1;
	while (split > 1 && /^(de|del|da|das|do|dos|la|le|van|von|der|di|du)$/.test(words[split - 1])) split--;
	return { given: words.slice(0, split).join(' '), family: words.slice(split).join(' ') };
}

/** The CSL-JSON item of a record; `pageUrl` is used as URL when the record has none of its own. */
export function resourceCsl(record: ResourceDetail, pageUrl?: string): CslItem {
	const item = cslFromRecord({
		slug: record.slug,
		title: record.title,
		abstract: markdownToPlainText(record.abstract),
		language: record.language,
		type: record.type,
		topics: record.topics,
		authors: record.authors,
		year: record.year,
		publisher: record.publisher,
		url: record.url || pageUrl || '',
		doi: record.doi
	});
	if (record.authors.length) item.author = record.authors.map(cslName);
	return item;
}

/** The record in one citation format, as the text of the download. */
export function formatCitation(record: ResourceDetail, format: CitationFormat, pageUrl?: string): string {
	const item = resourceCsl(record, pageUrl);
	if (format === 'csl.json') return JSON.stringify([item], null, 2) + '\n';
	if (format === 'ris') return toRis([item]);
	return String(new Cite([item]).format('bibtex', { format: 'text' }));
}

/** Content-Disposition for a download named after the record. */
export function citationDisposition(record: { slug: string }, format: CitationFormat): string {
	const name = `${record.slug.replace(/[^a-z0-9-]+/gi, '-').slice(0, 80) || 'record'}.${CITATION_FORMATS[format].extension}`;
	return `attachment; filename="${name}"`;
}

/**
 * The download of a record's citation: the text with its content type and a file name.
 * `origin` makes the record page's address the citation URL when the record has none;
 * `cacheable` when a visitor (not signed in) asks for a published record.
 */
export function citationDownload(record: ResourceDetail, format: CitationFormat, origin: string, cacheable: boolean): Response {
	const pageUrl = new URL(`/library/${encodeURIComponent(record.slug)}`, origin).href;
	return new Response(formatCitation(record, format, pageUrl), {
		headers: {
			'content-type': CITATION_FORMATS[format].contentType,
			'content-disposition': citationDisposition(record, format),
			'cache-control': cacheable && record.status === 'published' ? 'public, max-age=300' : 'private, no-store'
		}
	});
}
