/**
 * The `resources` exporter: published records matching the filters of
 * GET /api/v1/resources (q, lang, type, category, topic, country, region, year,
 * publisher) as CSV,
 * XLSX, JSON (`"formatVersion": 1`), RIS or BibTeX. CSV and XLSX use the import
 * columns, so an export imports back unchanged; their cells are neutralised against
 * formula injection.
 */
import type { Exporter, ExportResult } from '../io/exporter';
import { toCsv } from '../io/csv';
import { toXlsx } from '../io/xlsx';
import { toRis } from '../io/ris';
import { toBibtex } from '../io/bibtex';
import { cslFromRecord } from '../io/citation-records';
import type { DB } from '../db';
import { AppError } from '../errors';
import { validate } from '../api/http';
import { normalizeFilters, ResourceSearchQuery, searchResources } from './search';
import { listResourcesByIds, listResourcesForExport, type ExportRow } from './io-queries';
import { RESOURCE_COLUMNS } from './resource-columns';

/** Formats records are exported in. */
export const RESOURCE_EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'ris', 'bibtex'] as const;
export type ResourceExportFormat = (typeof RESOURCE_EXPORT_FORMATS)[number];

/** Most records one export holds (the newest first). */
export const EXPORT_MAX_RECORDS = 100_000;
/** Most records an export with words (`q`) holds, in the order of the search. */
export const EXPORT_MAX_SEARCH_RECORDS = 10_000;
const SEARCH_PAGE = 100;
const FILTER_KEYS = ['q', 'lang', 'type', 'category', 'topic', 'country', 'region', 'year', 'publisher'] as const;

/**
 * The records an export holds: the list GET /api/v1/resources shows for the same query
 * (same validation, same vocabulary handling, same cross-language matching of `q`), in
 * full. Without words the filters alone select, newest first, straight from the table.
 */
async function recordsFor(db: DB, raw: Record<string, string | string[]> | undefined): Promise<ExportRow[]> {
	const given = Object.fromEntries(FILTER_KEYS.filter((key) => raw?.[key] !== undefined).map((key) => [key, raw![key]]));
	const query = validate(ResourceSearchQuery, { ...given, facets: 'false' });
	const filters = normalizeFilters(query);
	if (!query.q) return listResourcesForExport(db, filters, EXPORT_MAX_RECORDS);
	const ids: string[] = [];
	for (let page = 1; ids.length < EXPORT_MAX_SEARCH_RECORDS; page++) {
		const result = await searchResources(db, { ...given, page: String(page), perPage: String(SEARCH_PAGE), facets: 'false' }, { cache: false });
		ids.push(...result.items.map((item) => item.id));
		if (result.items.length < SEARCH_PAGE || ids.length >= result.total) break;
	}
	return listResourcesByIds(db, ids.slice(0, EXPORT_MAX_SEARCH_RECORDS));
}

function columnsOf(row: ExportRow): (string | number | null)[] {
	return [
		row.id,
		row.title,
		row.abstract,
		row.language,
		row.type,
		row.categories.join('|'),
		row.topics.join('|'),
		row.target_groups.join('|'),
		row.countries.join('|'),
		row.year,
		row.publisher_name,
		row.authors.join('|'),
		row.url,
		row.doi,
		row.licence
	];
}

function jsonItem(row: ExportRow) {
	return {
		id: row.id,
		title: row.title,
		abstract: row.abstract,
		language: row.language,
		type: row.type,
		categories: row.categories,
		topics: row.topics,
		targetGroups: row.target_groups,
		countries: row.countries,
		year: row.year,
		publisher: row.publisher_name,
		authors: row.authors,
		url: row.url,
		doi: row.doi,
		licence: row.licence
	};
}

function citable(row: ExportRow) {
	return { ...row, publisher: row.publisher_name };
}

/** Writes rows in one export format. */
export async function formatResources(rows: ExportRow[], format: ResourceExportFormat): Promise<ExportResult> {
	const count = rows.length;
	switch (format) {
		case 'csv':
			return { body: toCsv([...RESOURCE_COLUMNS], rows.map((row) => columnsOf(row).map((value) => (value == null ? '' : String(value))))), contentType: 'text/csv; charset=utf-8', extension: 'csv', count };
		case 'xlsx':
			return {
				body: await toXlsx('Resources', [...RESOURCE_COLUMNS], rows.map(columnsOf)),
				contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				extension: 'xlsx',
				count
			};
		case 'json':
			return { body: JSON.stringify({ formatVersion: 1, kind: 'resources', items: rows.map(jsonItem) }, null, 2) + '\n', contentType: 'application/json', extension: 'json', count };
		case 'ris':
			return { body: toRis(rows.map((row) => cslFromRecord(citable(row)))), contentType: 'application/x-research-info-systems; charset=utf-8', extension: 'ris', count };
		case 'bibtex':
			return { body: toBibtex(rows.map((row) => cslFromRecord(citable(row)))), contentType: 'application/x-bibtex; charset=utf-8', extension: 'bib', count };
	}
}

/** The exporter of `atlas export resources` and GET /library/export. */
export const resourceExporter: Exporter = {
	kind: 'resources',
	formats: [...RESOURCE_EXPORT_FORMATS],
	async export(db, format, filters) {
		if (!(RESOURCE_EXPORT_FORMATS as readonly string[]).includes(format)) {
			throw new AppError('unsupported_media_type', `resources cannot be exported as ${format}; use one of ${RESOURCE_EXPORT_FORMATS.join(', ')}.`);
		}
		return formatResources(await recordsFor(db, filters), format as ResourceExportFormat);
	}
};
