/**
 * Actors in our own CSV and JSON files (columns of interfaces.md): the importer and
 * the exporter. Vocabulary values may be codes or labels in any language; an unknown
 * one rejects the row with the closest known value.
 */
import type { DB } from '../db';
import type { Importer, ParsedRow } from '../io/import-run';
import type { Exporter } from '../io/exporter';
import type { SourceFile } from '../io/source';
import { parseCsv, toCsv, type TableRow } from '../io/csv';
import { decodeText } from '../io/source';
import { mapHeaders, splitMulti, parsePairs, formatPairs, type ColumnAliases } from '../io/columns';
import { lookup, suggest, type VocabularyName } from '../vocab';
import { AppError } from '../errors';
import { upsertActor } from './service';
import { listActorsForExport } from './queries';
import { actorRowsMatching } from './directory';
import type { ActorInputData } from '../../domain/actor';
import { isUuid } from '../ids';

export const ACTOR_COLUMNS = ['id', 'name', 'type', 'country', 'region', 'city', 'languages', 'categories', 'targetGroups', 'website', 'description', 'contact', 'externalIds'] as const;
type ActorColumn = (typeof ACTOR_COLUMNS)[number];

const ALIASES: ColumnAliases<ActorColumn> = {
	id: ['identifier', 'identificador', 'identifiant', 'código', 'code id'],
	name: ['nombre', 'nom', 'nome', 'organisation', 'organization', 'organización', 'organização', 'label'],
	type: ['tipo', 'actor type', 'type d’acteur', 'tipo de actor'],
	country: ['país', 'pays', 'pais', 'country code'],
	region: ['región', 'région', 'região', 'ilo region'],
	city: ['ciudad', 'ville', 'cidade', 'town'],
	languages: ['idiomas', 'langues', 'línguas', 'linguas', 'working languages', 'language'],
	categories: ['categorías', 'catégories', 'categorias', 'skills categories', 'category'],
	targetGroups: ['target groups', 'beneficiaries', 'grupos destinatarios', 'beneficiarios', 'groupes cibles', 'bénéficiaires', 'grupos-alvo', 'beneficiários'],
	website: ['web', 'sitio web', 'site web', 'site', 'url'],
	description: ['descripción', 'descrição', 'descricao'],
	contact: ['contacto', 'contato', 'contact person', 'persona de contacto'],
	externalIds: ['external ids', 'ids externos', 'identifiants externes']
};

/** Resolves each value of a vocabulary field or throws naming the field and the closest value. */
function codes(vocab: VocabularyName, values: string[], field: string): string[] {
	return values.map((value) => {
		const concept = lookup(vocab, value);
		if (concept) return concept.code;
		const near = suggest(vocab, value);
		throw new AppError('invalid_input', `${field}: unknown value "${value}"${near ? ` (did you mean "${near.label}"?)` : ''}`);
	});
}

/** A flat record (CSV row or JSON object with our column names) → actor input. */
export function actorFromColumns(values: Record<string, unknown>, mapping: Map<string, ActorColumn | null>): { input: ActorInputData; id?: string } {
	const get = (column: ActorColumn): string => {
		for (const [header, field] of mapping) if (field === column) return String(values[header] ?? '').trim();
		return '';
	};
	const list = (column: ActorColumn): string[] => {
		for (const [header, field] of mapping) {
			if (field !== column) continue;
			const value = values[header];
			return Array.isArray(value) ? value.map(String) : splitMulti(String(value ?? ''));
		}
		return [];
	};
	const extra: Record<string, unknown> = {};
	for (const [header, field] of mapping) if (field === null && values[header] !== '' && values[header] != null) extra[header] = values[header];
	const name = get('name');
	if (!name) throw new AppError('invalid_input', 'name: a name is required');
	const typeText = get('type');
	if (!typeText) throw new AppError('invalid_input', 'type: an actor type is required');
	const [type] = codes('actor-type', [typeText], 'type');
	const countryText = get('country');
	let country: string | null = null;
	if (countryText) {
		const concept = lookup('country', countryText);
		if (!concept) {
			const near = suggest('country', countryText);
			throw new AppError('invalid_input', `country: unknown country "${countryText}"${near ? ` (did you mean "${near.label}"?)` : ''}`);
		}
		country = concept.code;
	}
	const regionText = get('region');
	const region = regionText ? codes('ilo-region', [regionText], 'region')[0] : undefined;
	const descriptionText = get('description');
	const contactText = get('contact');
	const externalIds = parsePairs(get('externalIds'));
	const id = get('id') || undefined;
	const input: ActorInputData = {
		name,
		type,
		country,
		...(region ? { region } : {}),
		city: get('city'),
		languages: codes('language', list('languages'), 'languages'),
		categories: codes('skills-category', list('categories'), 'categories'),
		targetGroups: codes('target-group', list('targetGroups'), 'targetGroups'),
		website: get('website'),
		...(descriptionText ? { description: { en: descriptionText } } : {}),
		...(contactText ? { contact: contactText.includes('@') ? { email: contactText } : { name: contactText } } : {}),
		externalIds: { ...externalIds, ...(id && !isUuid(id) ? { import: id } : {}) },
		...(Object.keys(extra).length ? { extra } : {})
	};
	return { input, id: id && isUuid(id) ? id : undefined };
}

export interface ActorRecord {
	input: ActorInputData;
	id?: string;
}

export function rowsToRecords(rows: { row: number; values: Record<string, unknown> }[], headers: string[]): ParsedRow<ActorRecord>[] {
	const mapping = mapHeaders(headers, ALIASES);
	if (![...mapping.values()].includes('name')) {
		throw new AppError('invalid_input', `No "name" column among: ${headers.join(', ')}.`);
	}
	return rows.map(({ row, values }) => {
		try {
			return { row, record: actorFromColumns(values, mapping) };
		} catch (error) {
			return { row, error: error instanceof AppError ? error.message : String(error) };
		}
	});
}

function parseJsonActors(file: SourceFile): ParsedRow<ActorRecord>[] {
	let data: unknown;
	try {
		data = JSON.parse(decodeText(file.bytes).text);
	} catch (error) {
		throw new AppError('invalid_input', `The JSON could not be read: ${(error as Error).message}`);
	}
	const items = Array.isArray(data) ? data : (data as { items?: unknown[]; actors?: unknown[] })?.items ?? (data as { actors?: unknown[] })?.actors;
	if (!Array.isArray(items)) throw new AppError('invalid_input', 'The JSON must be an array of actors, or {"items":[…]}.');
	const headers = [...new Set(items.flatMap((item) => (item && typeof item === 'object' ? Object.keys(item) : [])))];
	return rowsToRecords(
		items.map((item, index) => ({ row: index + 1, values: (item && typeof item === 'object' ? item : {}) as Record<string, unknown> })),
		headers
	).map((parsed) => {
		const values = items[parsed.row - 1] as Record<string, unknown> | undefined;
		// Our own JSON export carries descriptions per language and external ids as objects.
		if (parsed.record && values && typeof values.description === 'object' && values.description) {
			parsed.record.input.description = values.description as Record<string, string>;
		}
		if (parsed.record && values && typeof values.externalIds === 'object' && values.externalIds) {
			parsed.record.input.externalIds = { ...(values.externalIds as Record<string, string>) };
		}
		return parsed;
	});
}

export const actorImporter: Importer<ActorRecord> = {
	kind: 'actors',
	formats: ['csv', 'json'],
	detect(file) {
		if (/\.json$/i.test(file.name)) return 'json';
		if (/\.(csv|tsv|txt)$/i.test(file.name)) return 'csv';
		const first = decodeText(file.bytes.subarray(0, 200)).text.trimStart()[0];
		return first === '[' || first === '{' ? 'json' : undefined;
	},
	async parse(file, format) {
		if (format === 'json') return parseJsonActors(file);
		const table = parseCsv(file.bytes);
		return rowsToRecords(
			table.rows.map((row: TableRow) => ({ row: row.line, values: row.values })),
			table.headers
		);
	},
	async apply(db: DB, record) {
		const matchKey = record.input.externalIds?.import ? 'import' : Object.keys(record.input.externalIds ?? {})[0];
		const result = await upsertActor(db, record.input, { matchExternalId: matchKey, id: record.id });
		return result.status;
	}
};

export const actorExporter: Exporter = {
	kind: 'actors',
	formats: ['csv', 'json'],
	/** With filters (those of the directory), only the published actors matching them; never the contact person. */
	async export(db, format, filters) {
		const actors = filters ? await actorRowsMatching(db, filters) : await listActorsForExport(db);
		if (format === 'json') {
			const items = actors.map((a) => ({
				id: a.id,
				name: a.name,
				type: a.type,
				country: a.country,
				region: a.region,
				city: a.city,
				languages: a.languages,
				categories: a.categories,
				targetGroups: a.target_groups,
				website: a.website,
				description: a.description,
				externalIds: a.external_ids
			}));
			return { body: JSON.stringify({ formatVersion: 1, kind: 'actors', items }, null, 2) + '\n', contentType: 'application/json', extension: 'json', count: items.length };
		}
		const rows = actors.map((a) => [
			a.id,
			a.name,
			a.type,
			a.country ?? '',
			a.region ?? '',
			a.city,
			a.languages.join('|'),
			a.categories.join('|'),
			a.target_groups.join('|'),
			a.website,
			a.description?.en ?? Object.values(a.description ?? {})[0] ?? '',
			'',
			formatPairs(a.external_ids)
		]);
		return { body: toCsv([...ACTOR_COLUMNS], rows), contentType: 'text/csv; charset=utf-8', extension: 'csv', count: rows.length };
	}
};
