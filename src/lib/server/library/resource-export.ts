/**
 * The `resources` exporter: published records matching the filters of
 * GET /api/v1/resources (q, lang, type, category, topic, country, region, year) as CSV,
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
import { AppError } from '../errors';
import { lookup, type VocabularyName } from '../vocab';
import { listResourcesForExport, type ExportFilters, type ExportRow } from './io-queries';
import { RESOURCE_COLUMNS } from './resource-columns';

export const RESOURCE_EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'ris', 'bibtex'] as const;
export type ResourceExportFormat = (typeof RESOURCE_EXPORT_FORMATS)[number];

/** Most records one export holds (the newest first). */
export const EXPORT_MAX_RECORDS = 100_000;

const FILTER_VOCABULARIES: Record<string, VocabularyName> = {
	lang: 'language',
	language: 'language',
	type: 'resource-type',
	category: 'skills-category',
	country: 'country',
	region: 'ilo-region'
};

function values(raw: Record<string, string | string[]> | undefined, ...keys: string[]): string[] {
	return keys.flatMap((key) => {
		const value = raw?.[key];
		const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
		return list.flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
	});
}

/** Query-string filters → codes (labels in any language accepted; unknown values match nothing). */
export function exportFilters(raw: Record<string, string | string[]> | undefined): ExportFilters {
	const codes = (...keys: string[]) => values(raw, ...keys).map((value) => lookup(FILTER_VOCABULARIES[keys[0]], value)?.code ?? value);
	const years = values(raw, 'year').map((value) => {
		const year = Number(value);
		if (!Number.isInteger(year)) throw new AppError('invalid_input', `year: "${value}" is not a year.`, { fields: { year: 'not a year' } });
		return year;
	});
	return {
		q: values(raw, 'q').join(' ').slice(0, 500),
		language: codes('lang', 'language'),
		type: codes('type'),
		category: codes('category'),
		topic: values(raw, 'topic'),
		country: codes('country'),
		region: codes('region'),
		year: years
	};
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

export const resourceExporter: Exporter = {
	kind: 'resources',
	formats: [...RESOURCE_EXPORT_FORMATS],
	async export(db, format, filters) {
		if (!(RESOURCE_EXPORT_FORMATS as readonly string[]).includes(format)) {
			throw new AppError('unsupported_media_type', `resources cannot be exported as ${format}; use one of ${RESOURCE_EXPORT_FORMATS.join(', ')}.`);
		}
		const rows = await listResourcesForExport(db, exportFilters(filters), EXPORT_MAX_RECORDS);
		return formatResources(rows, format as ResourceExportFormat);
	}
};
