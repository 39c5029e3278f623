/**
 * Knowledge records in and out: the `resources` importer (CSV, XLSX, JSON with the
 * columns of interfaces.md, BibTeX, RIS, and the ILO knowledge-platform record text
 * `ksp`) and exporter (CSV, XLSX, JSON, RIS, BibTeX).
 *
 * A record already held (same DOI, else address, else folded title + year, in the same
 * language) is updated, never doubled, and re-importing a file changes nothing. New
 * records are published (imports are a curator's or operator's act; the ksp records
 * come from a published platform and are always published); records already held keep
 * their review status.
 */
import type { DB } from '../db';
import type { ResourceRow } from '../db/schema';
import type { SessionUser } from '../../domain/user';
import type { Importer, ParsedRow, RowStatus } from '../io/import-run';
import type { SourceFile } from '../io/source';
import { decodeText } from '../io/source';
import { parseCsv, type Table } from '../io/csv';
import { looksLikeZip, parseXlsx } from '../io/xlsx';
import { looksLikeBibtex, parseBibtex, type ParsedCitation } from '../io/bibtex';
import { looksLikeRis, parseRis } from '../io/ris';
import { looksLikeKsp, parseKsp } from '../io/ksp';
import { fieldsFromCsl, unknownLanguageReason } from '../io/citation-records';
import { AppError } from '../errors';
import { lookup } from '../vocab';
import { validateInput } from '../network/service';
import { ResourceInput, type ResourceInputData } from '../../domain/resource';
import { insertNewResources, upsertResource, type ResourceMatchKey, type UpsertResourceOptions } from './service';
import { deferSearchRows, upsertSearchRows } from './queries';
import { prefetchMatches } from './import-matches';
import { foldTitles, publisherSlugsByName, storedMatchKeys } from './io-queries';
import { detectResourceMapping, mappingProblems, overrideMapping, resourceFromColumns, type ResourceMapping } from './resource-columns';
import { recordCreations, recordVersion } from './versions';

/** Formats `atlas import resources` and the import page read. */
export const RESOURCE_IMPORT_FORMATS = ['csv', 'xlsx', 'json', 'bibtex', 'ris', 'ksp'] as const;
export type ResourceImportFormat = (typeof RESOURCE_IMPORT_FORMATS)[number];
/** Formats whose columns can be re-mapped by the curator. */
export const TABULAR_FORMATS: readonly string[] = ['csv', 'xlsx', 'json'];

export interface ResourceImportRecord {
	input: ResourceInputData;
	/** Some stored record shares a key with this one (it will be updated or left unchanged). */
	existing: boolean;
	/**
	 * The duplicate checks worth making: those whose key a stored record or an earlier row
	 * of the file has. Empty for a record known to be new, which then needs no lookup.
	 */
	matchBy: ResourceMatchKey[];
	/** Match first on extra.sourceId (another system's id given in the file). */
	matchSourceId: boolean;
	/** Who the versions this row writes name (set when the importer parses the file). */
	changedBy?: ImportAuthor;
}

/** The author of the versions an import writes: the curator's account, or a name for the command line. */
export interface ImportAuthor {
	user: SessionUser | null;
	/** Shown as who made the change when there is no account ("import: records.csv"). */
	name: string;
	/** Kept as the version's note: where the change came from. */
	note: string;
}

export interface ResourceImportOptions {
	/** The curator's column choices (header → field, or null to keep it as an extra attribute). */
	mapping?: Record<string, string | null>;
	/** The curator importing through the web page; absent for the operator's command line. */
	changedBy?: SessionUser | null;
}

/** A file read and checked, before anything is written: what the preview shows. */
export interface ReadResourceFile {
	format: ResourceImportFormat;
	/** Headers and their mapping, for tabular formats. */
	headers: string[];
	mapping: ResourceMapping;
	/** Up to five rows as they appear in the file, for the preview. */
	samples: Record<string, string>[];
	/** Why the columns cannot be read as records (no title column…); rows is empty then. */
	mappingProblems: string[];
	rows: ParsedRow<ResourceImportRecord>[];
}

/** Guesses the format of a file from its name, then from its first bytes. */
export function detectResourceFormat(file: SourceFile): ResourceImportFormat | undefined {
	const name = file.name.toLowerCase();
	if (name.endsWith('.xlsx') || looksLikeZip(file.bytes)) return 'xlsx';
	if (name.endsWith('.json')) return 'json';
	if (name.endsWith('.bib') || name.endsWith('.bibtex')) return 'bibtex';
	if (name.endsWith('.ris')) return 'ris';
	if (name.endsWith('.ksp')) return 'ksp';
	const head = decodeText(file.bytes.subarray(0, 64 * 1024)).text;
	if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
	const first = head.trimStart()[0];
	if (first === '[' || first === '{') return 'json';
	if (looksLikeBibtex(head)) return 'bibtex';
	if (looksLikeRis(head)) return 'ris';
	if (looksLikeKsp(head)) return 'ksp';
	if (name.endsWith('.txt') || /[,;\t]/.test(head.split('\n')[0] ?? '')) return 'csv';
	return undefined;
}

function reasonOf(error: unknown): string {
	if (error instanceof AppError) return error.message;
	throw error;
}

function tableRows(table: { headers: string[]; rows: { line: number; values: Record<string, unknown> }[] }, options: ResourceImportOptions) {
	const mapping = overrideMapping(detectResourceMapping(table.headers), options.mapping);
	const problems = mappingProblems(mapping);
	const rows = problems.length ? [] : table.rows.map(({ line, values }): { row: number; input?: ResourceInputData; error?: string } => {
		try {
			return { row: line, input: resourceFromColumns(values, mapping) };
		} catch (error) {
			return { row: line, error: reasonOf(error) };
		}
	});
	const samples = table.rows.slice(0, 5).map(({ values }) => Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])));
	return { headers: table.headers, mapping, rows, samples, problems };
}

function jsonTable(file: SourceFile) {
	let data: unknown;
	try {
		data = JSON.parse(decodeText(file.bytes).text);
	} catch (error) {
		throw new AppError('invalid_input', `The JSON could not be read: ${(error as Error).message}`);
	}
	const container = data as { items?: unknown; resources?: unknown } | null;
	const items = Array.isArray(data) ? data : (container?.items ?? container?.resources);
	if (!Array.isArray(items)) throw new AppError('invalid_input', 'The JSON must be an array of records, or {"items":[…]}.');
	const objects = items.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>) : {}));
	const headers = [...new Set(objects.flatMap((item) => Object.keys(item)))];
	return { headers, rows: objects.map((values, index) => ({ line: index + 1, values })) };
}

function citationRows(parsed: ParsedCitation[]) {
	return parsed.map(({ row, item, error }): { row: number; input?: ResourceInputData; error?: string } => {
		if (error || !item) return { row, error: error ?? 'the entry could not be read' };
		const fields = fieldsFromCsl(item);
		if (!fields.title) return { row, error: 'title: a title is required' };
		if (!fields.language) return { row, error: 'language: the entry gives no language and its words do not tell (add LA, language or langid)' };
		const problem = unknownLanguageReason(fields.language);
		if (problem) return { row, error: problem };
		const input: ResourceInputData = { title: fields.title, language: lookup('language', fields.language)!.code, type: fields.type };
		if (fields.abstract) input.abstract = fields.abstract;
		if (fields.topics.length) input.topics = fields.topics;
		if (fields.authors.length) input.authors = fields.authors;
		if (fields.year !== null) input.year = fields.year;
		if (fields.publisher) input.publisher = fields.publisher;
		if (fields.url) input.url = fields.url;
		if (fields.doi) input.doi = fields.doi;
		if (Object.keys(fields.extra).length) input.extra = fields.extra;
		return { row, input };
	});
}

function kspRows(file: SourceFile) {
	try {
		const record = parseKsp(decodeText(file.bytes).text);
		const input: ResourceInputData = {
			title: record.title,
			language: record.language,
			type: record.type,
			abstract: record.abstract,
			publisher: record.publisher,
			status: 'published',
			extra: {
				source: 'ILO knowledge sharing platform',
				kspResourceTypes: record.types,
				kspDescriptions: { publisher: record.publisherDescription, topics: record.topicDescriptions, types: record.typeDescriptions }
			}
		};
		if (record.topics.length) input.topics = record.topics;
		return [{ row: 1, input }];
	} catch (error) {
		return [{ row: 1, error: reasonOf(error) }];
	}
}

/**
 * Reads and checks a file of records without writing: per-row records or problems,
 * the publisher linked to the actor directory when the name is known, and whether each
 * record is new or already held. Throws AppError when the file as a whole is unreadable.
 */
export async function readResourceFile(db: DB, file: SourceFile, format: ResourceImportFormat, options: ResourceImportOptions = {}): Promise<ReadResourceFile> {
	let headers: string[] = [];
	let mapping: ResourceMapping = new Map();
	let samples: Record<string, string>[] = [];
	let problems: string[] = [];
	let rows: { row: number; input?: ResourceInputData; error?: string }[];
	if (format === 'csv' || format === 'xlsx' || format === 'json') {
		const table: Pick<Table, 'headers'> & { rows: { line: number; values: Record<string, unknown> }[] } =
			format === 'csv' ? parseCsv(file.bytes) : format === 'xlsx' ? await parseXlsx(file.bytes) : jsonTable(file);
		({ headers, mapping, rows, samples, problems } = tableRows(table, options));
	} else if (format === 'bibtex') rows = citationRows(parseBibtex(decodeText(file.bytes).text));
	else if (format === 'ris') rows = citationRows(parseRis(decodeText(file.bytes).text));
	else rows = kspRows(file);

	const checked = rows.map((item) => {
		if (!item.input) return { row: item.row, error: item.error };
		try {
			return { row: item.row, input: item.input, valid: validateInput(ResourceInput, item.input) };
		} catch (error) {
			return { row: item.row, error: reasonOf(error) };
		}
	});
	const valid = checked.filter((item): item is Required<typeof item> => !!item.valid);

	const publishers = await publisherSlugsByName(db, valid.map((item) => item.valid.publisher ?? ''));
	for (const item of valid) {
		const slug = item.valid.publisher ? publishers.get(item.valid.publisher.toLowerCase()) : undefined;
		if (slug) item.input.publisherActor = slug;
	}

	const folded = await foldTitles(db, valid.map((item) => item.valid.title));
	const keysOf = valid.map((item, index) => {
		const { doi, url, year, language } = item.valid;
		const sourceId = typeof item.valid.extra?.sourceId === 'string' ? item.valid.extra.sourceId : '';
		return { doi: doi ? `${doi}|${language}` : '', url: url ? `${url}|${language}` : '', title: `${folded[index]}|${year ?? ''}|${language}`, sourceId };
	});
	const stored = await storedMatchKeys(db, {
		dois: valid.map((item) => item.valid.doi ?? '').filter(Boolean),
		urls: valid.map((item) => item.valid.url ?? '').filter(Boolean),
		foldedTitles: folded,
		sourceIds: keysOf.map((keys) => keys.sourceId).filter(Boolean)
	});
	const seen = new Set<string>();
	const records = new Map<number, ResourceImportRecord>();
	valid.forEach((item, index) => {
		const keys = keysOf[index];
		const inStore = { doi: !!keys.doi && stored.dois.has(keys.doi), url: !!keys.url && stored.urls.has(keys.url), title: stored.titles.has(keys.title), sourceId: !!keys.sourceId && stored.sourceIds.has(keys.sourceId) };
		const inFile = { doi: seen.has(`d:${keys.doi}`), url: seen.has(`u:${keys.url}`), title: seen.has(`t:${keys.title}`), sourceId: seen.has(`s:${keys.sourceId}`) };
		for (const key of [`d:${keys.doi}`, `u:${keys.url}`, `t:${keys.title}`, `s:${keys.sourceId}`]) if (!key.endsWith(':')) seen.add(key);
		const existing = inStore.doi || inStore.url || inStore.title || inStore.sourceId;
		// Only the keys some record (stored, or an earlier row) has can match; the others need no lookup.
		const matchBy: ResourceMatchKey[] = [];
		if (keys.doi && (inStore.doi || inFile.doi)) matchBy.push('doi');
		if (keys.url && (inStore.url || inFile.url)) matchBy.push('url');
		if (inStore.title || inFile.title) matchBy.push('title-year');
		if (!existing && item.input.status === undefined) item.input.status = 'published';
		records.set(index, { input: item.input, existing, matchBy, matchSourceId: !!keys.sourceId && (inStore.sourceId || inFile.sourceId) });
	});

	let validIndex = 0;
	const parsed = checked.map((item): ParsedRow<ResourceImportRecord> => {
		if (!item.valid) return { row: item.row, error: item.error };
		return { row: item.row, record: records.get(validIndex++) };
	});
	return { format, headers, mapping, samples, mappingProblems: problems, rows: parsed };
}

/** A resources importer; with curator column choices for the import page. */
export function createResourceImporter(options: ResourceImportOptions = {}): Importer<ResourceImportRecord> {
	return {
		kind: 'resources',
		formats: [...RESOURCE_IMPORT_FORMATS],
		detect: detectResourceFormat,
		async parse(file, format, db) {
			const read = await readResourceFile(db, file, format as ResourceImportFormat, options);
			if (read.mappingProblems.length) {
				throw new AppError('invalid_input', `${read.mappingProblems.join(' ')} Columns found: ${read.headers.filter(Boolean).join(', ')}.`);
			}
			const source = `import: ${file.name.split(/[\\/]/).pop()}`.slice(0, 300);
			const changedBy: ImportAuthor = { user: options.changedBy ?? null, name: source, note: source };
			for (const row of read.rows) if (row.record) row.record.changedBy = changedBy;
			return read.rows;
		},
		async apply(db, record) {
			return (await applyRecord(db, record)).status;
		},
		/**
		 * A chunk of rows: those known to be new in one insert with their first versions,
		 * the others one by one, then every search row they need in one statement.
		 */
		async applyBatch(db, records) {
			await deferSearchRows(db, true);
			const statuses: RowStatus[] = [];
			const fresh = records.flatMap((record, index) => (!record.existing && record.matchBy.length === 0 && !record.matchSourceId ? [{ record, index }] : []));
			const created = await insertNewResources(db, fresh.map(({ record }) => record.input));
			const written = created.map((row) => row.id);
			const byAuthor = new Map<ImportAuthor, string[]>();
			fresh.forEach(({ record, index }, position) => {
				statuses[index] = 'created';
				const by = authorOf(record);
				byAuthor.set(by, [...(byAuthor.get(by) ?? []), created[position].id]);
			});
			for (const [by, ids] of byAuthor) await recordCreations(db, { resourceIds: ids, user: by.user, userName: by.user ? undefined : by.name, note: by.note });
			// The others: their duplicate lookups in one query, unless an earlier row of the
			// chunk wrote a record they may match (then they look again, as one row alone would).
			const others = records.flatMap((record, index) => (statuses[index] ? [] : [{ record, index }]));
			const prefetched = await prefetchMatches(db, others.map(({ record }) => record));
			const touched = new Set<string>();
			for (const [position, { record, index }] of others.entries()) {
				const { match, keys } = prefetched[position];
				const stale = keys.some((key) => touched.has(key));
				const result = await applyRecord(db, record, stale ? undefined : match);
				statuses[index] = result.status;
				if (result.status !== 'unchanged') {
					written.push(result.id);
					for (const key of keys) touched.add(key);
					// Which record a stale row changed is not known here: later rows look again.
					if (stale) for (const other of prefetched.slice(position + 1)) for (const key of other.keys) touched.add(key);
				}
			}
			await upsertSearchRows(db, written);
			await deferSearchRows(db, false);
			return statuses;
		}
	};
}

const IMPORT_AUTHOR: ImportAuthor = { user: null, name: 'import', note: 'import' };
const authorOf = (record: ResourceImportRecord) => record.changedBy ?? IMPORT_AUTHOR;

/**
 * One row: created, updated or left unchanged, with a version when it changed something.
 * `match` is the stored record it matches when already looked up (null: none).
 */
async function applyRecord(db: DB, record: ResourceImportRecord, match?: ResourceRow | null): Promise<{ status: RowStatus; id: string }> {
	const upsertOptions: UpsertResourceOptions = { matchBy: record.matchBy, ...(record.matchSourceId ? { matchExtraKey: 'sourceId' } : {}) };
	const result = await upsertResource(db, record.input, match === undefined ? upsertOptions : { ...upsertOptions, match });
	// The record it matched when the file was read was changed by an earlier row since: it is new after all.
	if (result.status === 'created' && record.input.status === undefined) {
		await upsertResource(db, { ...record.input, status: 'published' }, upsertOptions);
	}
	if (result.status !== 'unchanged') {
		const by = authorOf(record);
		await recordVersion(db, { resourceId: result.id, user: by.user, userName: by.user ? undefined : by.name, kind: result.status === 'created' ? 'create' : 'edit', note: by.note });
	}
	return { status: result.status, id: result.id };
}

/** The importer of `atlas import resources` (columns as detected). */
export const resourceImporter = createResourceImporter();

export { resourceExporter } from './resource-export';
