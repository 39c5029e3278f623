/**
 * The `relations` and `network` importers. `relations` reads rows of from, to, type,
 * label, description (CSV, XLSX, JSON), where from/to name an actor by id, slug,
 * external id (`erasmus:…`, or a bare id of an import/Kumu source) or unambiguous name.
 * `network` reads Kumu (XLSX, CSV, JSON blueprint), GEXF and GraphML: each node is a
 * row that upserts an actor, then each edge is a row that upserts a relation, all in
 * runImport's one transaction with a savepoint per row. Relations to unknown actors,
 * self-loops and duplicates are rejected row by row.
 */
import type { DB } from '../db';
import type { Importer, ParsedRow, RowStatus } from '../io/import-run';
import type { SourceFile } from '../io/source';
import type { GraphData, GraphEdge } from '../io/graph-data';
import { decodeText } from '../io/source';
import { parseCsv, type Table } from '../io/csv';
import { looksLikeZip, parseXlsx } from '../io/xlsx';
import { mapHeaders, splitMulti, type ColumnAliases } from '../io/columns';
import { kumuTablesToGraph, parseKumuJson, readWorkbookTables } from '../io/kumu';
import { looksLikeGexf, parseGexf } from '../io/gexf';
import { looksLikeGraphml, parseGraphml } from '../io/graphml';
import { AppError } from '../errors';
import { normalizeText } from '../vocab';
import { RELATION_TYPES, type RelationType } from '../../domain/actor';
import { rowsToRecords, ACTOR_COLUMNS, type ActorRecord } from './actor-io';
import { upsertActor, upsertRelation, findActorIdByRef } from './service';
import { actorsWithExternalIdKey } from './network-queries';
import { UUID } from '../ids';

const RELATION_SYNONYMS: Record<string, RelationType> = {
	member: 'member-of', membership: 'member-of', 'miembro de': 'member-of', 'membre de': 'member-of',
	partner: 'partner-in', partnership: 'partner-in', 'socio en': 'partner-in', 'partenaire de': 'partner-in',
	lead: 'leads', 'led by': 'leads', lidera: 'leads', dirige: 'leads',
	funder: 'funds', funding: 'funds', financia: 'funds', finance: 'funds',
	mentor: 'mentors', mentoring: 'mentors', mentorship: 'mentors',
	collaboration: 'collaborates-with', collaborates: 'collaborates-with', 'colabora con': 'collaborates-with', 'collabore avec': 'collaborates-with'
};

/** A relation type code from a code, a spelled-out code or a common synonym; blank = collaborates-with. */
export function relationTypeOf(text: unknown): RelationType {
	const value = normalizeText(String(text ?? '')).trim();
	if (!value) return 'collaborates-with';
	const dashed = value.replace(/[\s_]+/g, '-');
	if ((RELATION_TYPES as readonly string[]).includes(dashed)) return dashed as RelationType;
	const synonym = RELATION_SYNONYMS[value.replace(/[-_]+/g, ' ')];
	if (synonym) return synonym;
	throw new AppError('invalid_input', `type: unknown relation type "${String(text)}"; use one of ${RELATION_TYPES.join(', ')}`);
}

/** What one import shares between its rows: node ids resolved to actors, relations seen. */
interface ImportContext {
	idKey: string;
	actorByNode: Map<string, string>;
	nodesByLabel: Map<string, string[]>;
	rejectedNodes: Map<string, number>;
	seenRelations: Map<string, number>;
}

const newContext = (idKey: string): ImportContext => ({ idKey, actorByNode: new Map(), nodesByLabel: new Map(), rejectedNodes: new Map(), seenRelations: new Map() });

type NetworkRecord =
	| { kind: 'actor'; row: number; nodeId: string; actor: ActorRecord; matchKey?: string; context: ImportContext }
	| { kind: 'relation'; row: number; from: string; to: string; type: RelationType; label?: string; description?: string; context: ImportContext };

const COLUMN_KEYS = new Set([...ACTOR_COLUMNS.map((column) => column.toLowerCase()), 'label']);
const FALLBACK_KEYS = ['import', 'kumu', 'erasmus', 'gexf', 'graphml', 'pic'];

/** The actor an outside reference names, or null: in-file node first, then the database. */
async function resolveRef(db: DB, ref: string, context: ImportContext): Promise<string | null> {
	const text = ref.trim();
	const byNode = context.actorByNode.get(text);
	if (byNode) return byNode;
	const sameLabel = context.nodesByLabel.get(text.toLowerCase());
	if (sameLabel?.length === 1 && context.actorByNode.has(sameLabel[0])) return context.actorByNode.get(sameLabel[0])!;
	if (sameLabel && sameLabel.length > 1) throw new AppError('invalid_input', `"${text}" is the label of ${sameLabel.length} elements; refer to one by its ID`);
	const pair = /^([a-z][a-z0-9_-]{1,30}):(?!\/\/)(.+)$/i.exec(text);
	if (pair) {
		const found = await findActorIdByRef(db, pair[2], pair[1].toLowerCase());
		if (found) return found;
	}
	const first = await findActorIdByRef(db, text, context.idKey);
	if (first || UUID.test(text)) return first;
	for (const key of FALLBACK_KEYS.filter((candidate) => candidate !== context.idKey)) {
		const found = await findActorIdByRef(db, text, key);
		if (found) return found;
	}
	return null;
}

function missingReason(ref: string, context: ImportContext): string {
	const row = context.rejectedNodes.get(ref) ?? context.nodesByLabel.get(ref.toLowerCase())?.map((id) => context.rejectedNodes.get(id)).find(Boolean);
	return row ? `"${ref}" is the element of row ${row}, which was rejected` : `unknown actor "${ref}"`;
}

async function applyRecord(db: DB, record: NetworkRecord): Promise<RowStatus> {
	const { context } = record;
	if (record.kind === 'actor') {
		try {
			const result = await upsertActor(db, record.actor.input, { matchExternalId: record.matchKey, id: record.actor.id });
			if (record.nodeId) context.actorByNode.set(record.nodeId, result.id);
			return result.status;
		} catch (error) {
			if (record.nodeId) context.rejectedNodes.set(record.nodeId, record.row);
			throw error;
		}
	}
	const sourceId = await resolveRef(db, record.from, context);
	const targetId = await resolveRef(db, record.to, context);
	if (!sourceId) throw new AppError('invalid_input', `from: ${missingReason(record.from, context)}`);
	if (!targetId) throw new AppError('invalid_input', `to: ${missingReason(record.to, context)}`);
	const key = `${sourceId}|${targetId}|${record.type}`;
	const earlier = context.seenRelations.get(key);
	if (earlier !== undefined) throw new AppError('invalid_input', `duplicate: the same ${record.type} relation already appears on row ${earlier}`);
	const result = await upsertRelation(db, { sourceId, targetId, type: record.type, label: record.label, description: record.description });
	context.seenRelations.set(key, record.row);
	return result.status;
}

function edgeRecord(edge: Pick<GraphEdge, 'row' | 'from' | 'to'> & { values: Record<string, unknown> }, context: ImportContext): ParsedRow<NetworkRecord> {
	const text = (name: string) => {
		const entry = Object.entries(edge.values).find(([key]) => key.toLowerCase() === name);
		return entry && entry[1] != null ? String(entry[1]).trim() : undefined;
	};
	if (!edge.from) return { row: edge.row, error: 'from: the actor the relation starts from is missing' };
	if (!edge.to) return { row: edge.row, error: 'to: the actor the relation points to is missing' };
	try {
		const type = relationTypeOf(text('type'));
		return { row: edge.row, record: { kind: 'relation', row: edge.row, from: edge.from, to: edge.to, type, label: text('label'), description: text('description'), context } };
	} catch (error) {
		return { row: edge.row, error: (error as Error).message };
	}
}

/**
 * Extra attributes as exports write them back: Kumu tags split on `|`, and the JSON text
 * text formats use for lists and objects turned back into them.
 */
function decodeExtra(extra: Record<string, unknown>): Record<string, unknown> {
	const decoded: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(extra)) {
		if (typeof value !== 'string') decoded[key] = value;
		else if (key.toLowerCase() === 'tags') decoded[key] = splitMulti(value);
		else if (/^\s*[[{]/.test(value)) {
			try {
				decoded[key] = JSON.parse(value);
			} catch {
				decoded[key] = value;
			}
		} else decoded[key] = value;
	}
	return decoded;
}

/** Turns a graph read from any network format into actor rows followed by relation rows. */
export function graphRecords(graph: GraphData, known: Map<string, string> = new Map()): ParsedRow<NetworkRecord>[] {
	const context = newContext(graph.idKey);
	const rows: ParsedRow<NetworkRecord>[] = [];
	if (graph.nodes.length) {
		// One spelling per attribute ("Type" in one element, "type" in another), so no value hides another.
		const spelling = new Map<string, string>();
		const values = graph.nodes.map((node) => {
			const canonical: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(node.values)) {
				const normal = normalizeText(key).replace(/[\s_-]+/g, '');
				if (!COLUMN_KEYS.has(normal)) canonical[key] = value;
				else {
					if (!spelling.has(normal)) spelling.set(normal, key);
					canonical[spelling.get(normal)!] = value;
				}
			}
			const labelled = Object.keys(canonical).some((key) => ['label', 'name'].includes(key.toLowerCase()));
			return { row: node.row, values: labelled || !node.id ? canonical : { ...canonical, label: node.id } };
		});
		const headers = [...new Set(values.flatMap((item) => Object.keys(item.values)))];
		const actors = rowsToRecords(values, headers);
		actors.forEach((parsed, index) => {
			const node = graph.nodes[index];
			const label = String(parsed.record?.input.name ?? '').toLowerCase();
			if (node.id && label) context.nodesByLabel.set(label, [...(context.nodesByLabel.get(label) ?? []), node.id]);
			if (!parsed.record) {
				if (node.id) context.rejectedNodes.set(node.id, parsed.row);
				rows.push({ row: parsed.row, error: parsed.error });
				return;
			}
			const actor = parsed.record;
			if (actor.input.extra) actor.input.extra = decodeExtra(actor.input.extra);
			// An actor of ours (uuid) is matched by id, else by the first system that knows it.
			let matchKey: string | undefined = Object.keys(actor.input.externalIds ?? {}).find((key) => key !== 'import');
			if (node.id && UUID.test(node.id)) actor.id = node.id;
			else if (node.id) {
				actor.input.externalIds = { ...actor.input.externalIds, [graph.idKey]: node.id };
				delete actor.input.externalIds.import;
				matchKey = graph.idKey;
				// Known from an earlier import: addressed by id, without searching the JSON column.
				actor.id = known.get(node.id);
			}
			rows.push({ row: parsed.row, record: { kind: 'actor', row: parsed.row, nodeId: node.id, actor, matchKey, context } });
		});
	}
	for (const edge of graph.edges) rows.push(edgeRecord(edge, context));
	return rows;
}

async function readNetwork(file: SourceFile, format: string): Promise<GraphData> {
	switch (format) {
		case 'kumu-xlsx':
			return kumuTablesToGraph(await readWorkbookTables(file.bytes));
		case 'kumu-csv':
			return kumuTablesToGraph([parseCsv(file.bytes)]);
		case 'kumu-json':
			return parseKumuJson(decodeText(file.bytes).text);
		case 'gexf':
			return parseGexf(file.bytes);
		case 'graphml':
			return parseGraphml(file.bytes);
		default:
			throw new AppError('unsupported_media_type', `network cannot be imported from ${format}`);
	}
}

export const networkImporter: Importer<NetworkRecord> = {
	kind: 'network',
	formats: ['kumu-xlsx', 'kumu-csv', 'kumu-json', 'gexf', 'graphml'],
	detect(file) {
		if (looksLikeZip(file.bytes)) return 'kumu-xlsx';
		if (/\.gexf$/i.test(file.name)) return 'gexf';
		if (/\.graphml$/i.test(file.name)) return 'graphml';
		const head = decodeText(file.bytes.subarray(0, 4000)).text;
		if (looksLikeGexf(head)) return 'gexf';
		if (looksLikeGraphml(head)) return 'graphml';
		if (/\.json$/i.test(file.name) || /^\s*\{/.test(head)) return 'kumu-json';
		if (/\.(csv|tsv|txt)$/i.test(file.name)) return 'kumu-csv';
		return undefined;
	},
	async parse(file, format, db, notes) {
		const graph = await readNetwork(file, format);
		if (graph.nodes.length === 0 && graph.edges.length === 0) throw new AppError('invalid_input', 'The file holds no elements and no connections.');
		notes?.push(...graph.notes);
		const stored = graph.nodes.length ? await actorsWithExternalIdKey(db, graph.idKey) : [];
		return graphRecords(graph, new Map(stored.map((actor) => [actor.external_ids[graph.idKey], actor.id])));
	},
	apply: applyRecord
};

type RelationColumn = 'from' | 'to' | 'type' | 'label' | 'description';
const RELATION_ALIASES: ColumnAliases<RelationColumn> = {
	from: ['source', 'de', 'desde', 'origen', 'origine', 'origem'],
	to: ['target', 'a', 'para', 'hacia', 'destino', 'vers', 'cible'],
	type: ['tipo', 'relation type', 'connection type', 'tipo de relación'],
	label: ['etiqueta', 'libellé', 'rótulo', 'rotulo'],
	description: ['descripción', 'descrição', 'descricao']
};

function relationRows(table: Pick<Table, 'headers'> & { rows: { line: number; values: Record<string, unknown> }[] }): ParsedRow<NetworkRecord>[] {
	const mapping = mapHeaders(table.headers, RELATION_ALIASES);
	const fields = [...mapping.values()];
	if (!fields.includes('from') || !fields.includes('to')) throw new AppError('invalid_input', `A relations file needs "from" and "to" columns; found: ${table.headers.join(', ')}.`);
	const context = newContext('import');
	return table.rows.map(({ line, values }) => {
		const mapped: Record<string, unknown> = {};
		for (const [header, field] of mapping) if (field) mapped[field] = values[header];
		return edgeRecord({ row: line, from: String(mapped.from ?? '').trim(), to: String(mapped.to ?? '').trim(), values: mapped }, context);
	});
}

export const relationImporter: Importer<NetworkRecord> = {
	kind: 'relations',
	formats: ['csv', 'xlsx', 'json'],
	detect(file) {
		if (looksLikeZip(file.bytes)) return 'xlsx';
		if (/\.json$/i.test(file.name)) return 'json';
		if (/\.(csv|tsv|txt)$/i.test(file.name)) return 'csv';
		return /^\s*[[{]/.test(decodeText(file.bytes.subarray(0, 200)).text) ? 'json' : 'csv';
	},
	async parse(file, format) {
		if (format === 'json') {
			let data: unknown;
			try {
				data = JSON.parse(decodeText(file.bytes).text);
			} catch (error) {
				throw new AppError('invalid_input', `The JSON could not be read: ${(error as Error).message}`);
			}
			const items = Array.isArray(data) ? data : ((data as { items?: unknown[] })?.items ?? (data as { relations?: unknown[] })?.relations);
			if (!Array.isArray(items)) throw new AppError('invalid_input', 'The JSON must be an array of relations, or {"items":[…]}.');
			const rows = items.map((item, index) => ({ line: index + 1, values: (item && typeof item === 'object' ? item : {}) as Record<string, unknown> }));
			return relationRows({ headers: [...new Set(rows.flatMap((row) => Object.keys(row.values)))], rows });
		}
		const table = format === 'xlsx' ? await parseXlsx(file.bytes) : parseCsv(file.bytes);
		return relationRows(table);
	},
	apply: applyRecord
};
