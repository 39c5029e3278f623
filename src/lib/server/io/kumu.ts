/**
 * Kumu (kumu.io) files: the spreadsheet with an Elements and a Connections sheet (XLSX,
 * or each sheet as its own CSV), and the JSON blueprint `{"elements":[…],"connections":[…]}`.
 * Sheets are recognised by their headers, not their names: Elements have a `Label`,
 * Connections a `From` and a `To`. Multi-valued cells use `|`; a `To` cell listing
 * several targets gives one connection per target. The Kumu `ID` (or element `id`) is
 * kept as the node id, stored as the actor's external id `kumu`.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { checkZipBomb, cellText, looksLikeZip } from './xlsx';
import { safeCell, type Table, type TableRow } from './csv';
import { splitMulti } from './columns';
import { textAttributes, type ExportNetwork, type GraphData, type GraphEdge, type GraphNode } from './graph-data';

export type KumuSheetKind = 'elements' | 'connections';

const headerKey = (header: string) => header.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** Which Kumu sheet a header row belongs to, or undefined when it is neither. */
export function kumuSheetKind(headers: string[]): KumuSheetKind | undefined {
	const keys = new Set(headers.map(headerKey));
	if (keys.has('from') && keys.has('to')) return 'connections';
	if (keys.has('label')) return 'elements';
	return undefined;
}

/** Kumu's names for the type field ("Element Type", "Connection Type") become `Type`. */
function normaliseKey(key: string): string {
	const normal = headerKey(key);
	if (normal === 'element type' || normal === 'connection type') return 'Type';
	return key;
}

/** Undoes the formula guard our own exports put in front of cells starting with = + - @. */
function unguard(value: unknown): unknown {
	return typeof value === 'string' && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function elementFrom(row: number, raw: Record<string, unknown>): GraphNode {
	const values: Record<string, unknown> = {};
	let id = '';
	for (const [key, value] of Object.entries(raw)) {
		if (value === '' || value == null) continue;
		const normal = headerKey(key);
		if (normal === 'id' || normal === '_id') id = String(value).trim();
		else values[normaliseKey(key)] = unguard(value);
	}
	return { row, id, values };
}

/** One edge per `To` target (a cell may list several, separated by `|`). */
function connectionsFrom(row: number, raw: Record<string, unknown>): GraphEdge[] {
	const values: Record<string, unknown> = {};
	let from: unknown = '';
	let to: unknown = '';
	for (const [key, value] of Object.entries(raw)) {
		const normal = headerKey(key);
		if (normal === 'from') from = value;
		else if (normal === 'to') to = value;
		else if (normal !== 'id' && normal !== '_id' && value !== '' && value != null) values[normaliseKey(key)] = unguard(value);
	}
	const targets = Array.isArray(to) ? to.map(String) : splitMulti(String(to ?? ''));
	if (targets.length === 0) targets.push('');
	return targets.map((target) => ({ row, from: String(from ?? '').trim(), to: target.trim(), values }));
}

/** Reads the Elements and/or Connections tables (of an XLSX or of single CSVs) into a graph. */
export function kumuTablesToGraph(tables: Table[]): GraphData {
	const graph: GraphData = { idKey: 'kumu', nodes: [], edges: [], notes: [] };
	let recognised = false;
	for (const table of tables) {
		const kind = kumuSheetKind(table.headers);
		if (!kind) continue;
		recognised = true;
		for (const { line, values } of table.rows) {
			if (kind === 'elements') graph.nodes.push(elementFrom(line, values));
			else graph.edges.push(...connectionsFrom(line, values));
		}
	}
	if (!recognised) {
		throw new AppError('invalid_input', 'No Kumu sheet found: an Elements sheet needs a "Label" column, a Connections sheet "From" and "To" columns.');
	}
	return graph;
}

/** Every sheet with data of a workbook, header-keyed (checked for zip bombs before unpacking). */
export async function readWorkbookTables(bytes: Uint8Array): Promise<Table[]> {
	if (!looksLikeZip(bytes)) throw new AppError('invalid_input', 'The file is not an XLSX workbook.');
	checkZipBomb(bytes);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
	} catch (error) {
		throw new AppError('invalid_input', `The XLSX workbook could not be read: ${(error as Error).message}`);
	}
	const tables: Table[] = [];
	for (const sheet of workbook.worksheets) {
		let headers: string[] | null = null;
		const rows: TableRow[] = [];
		sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
			const cells: string[] = [];
			row.eachCell({ includeEmpty: true }, (cell, column) => {
				cells[column - 1] = cellText(cell.value).trim();
			});
			if (!headers) {
				if (cells.some((text) => /[\p{L}\p{N}]/u.test(text ?? ''))) headers = Array.from(cells, (text) => text ?? '');
				return;
			}
			if (cells.every((text) => !text)) return;
			const values: Record<string, string> = {};
			headers.forEach((header, index) => {
				if (header) values[header] = cells[index] ?? '';
			});
			rows.push({ line: rowNumber, values });
		});
		if (headers) tables.push({ headers, rows, encoding: 'xlsx', delimiter: '' });
	}
	return tables;
}

/** Reads a Kumu JSON blueprint; elements and connections may be flat or carry `attributes`. */
export function parseKumuJson(text: string): GraphData {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new AppError('invalid_input', `The JSON could not be read: ${(error as Error).message}`);
	}
	const blueprint = data as { elements?: unknown; connections?: unknown };
	if (!blueprint || typeof blueprint !== 'object' || (!Array.isArray(blueprint.elements) && !Array.isArray(blueprint.connections))) {
		throw new AppError('invalid_input', 'A Kumu blueprint is an object with "elements" and "connections" arrays.');
	}
	const flat = (item: unknown): Record<string, unknown> => {
		if (!item || typeof item !== 'object') return {};
		const { attributes, ...rest } = item as Record<string, unknown>;
		return { ...rest, ...(attributes && typeof attributes === 'object' ? (attributes as Record<string, unknown>) : {}) };
	};
	const elements = Array.isArray(blueprint.elements) ? blueprint.elements : [];
	const connections = Array.isArray(blueprint.connections) ? blueprint.connections : [];
	const graph: GraphData = { idKey: 'kumu', nodes: [], edges: [], notes: [] };
	elements.forEach((item, index) => graph.nodes.push(elementFrom(index + 1, flat(item))));
	// Connections are numbered after the elements, so every report row is unique.
	connections.forEach((item, index) => {
		const values = flat(item);
		delete values.direction;
		graph.edges.push(...connectionsFrom(elements.length + index + 1, values));
	});
	return graph;
}

/** Kumu attribute names of our columns (what the Kumu editor shows). */
const KUMU_NAMES: Record<string, string> = { name: 'label', type: 'element type' };

/** Writes a network as a Kumu JSON blueprint (with `formatVersion` for our own re-imports). */
export function writeKumuJson(network: ExportNetwork): string {
	const elements = network.nodes.map((node) => ({
		id: node.id,
		attributes: Object.fromEntries(Object.entries(node.attributes).map(([key, value]) => [KUMU_NAMES[key] ?? key, value]))
	}));
	const connections = network.edges.map((edge) => ({
		from: edge.from,
		to: edge.to,
		direction: 'directed',
		attributes: { 'connection type': edge.type, ...(edge.label ? { label: edge.label } : {}), ...(edge.description ? { description: edge.description } : {}) }
	}));
	return JSON.stringify({ formatVersion: 1, elements, connections }, null, 2) + '\n';
}

/** Writes a network as a Kumu spreadsheet: an Elements and a Connections sheet. */
export async function writeKumuXlsx(network: ExportNetwork): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Skills Atlas';
	const columns = [...new Set(network.nodes.flatMap((node) => Object.keys(node.attributes)))];
	const elementHeaders = ['ID', ...columns.map((column) => (column === 'name' ? 'Label' : column === 'type' ? 'Type' : column))];
	const elements = workbook.addWorksheet('Elements');
	elements.addRow(elementHeaders);
	for (const node of network.nodes) {
		const attributes = textAttributes(node);
		elements.addRow([node.id, ...columns.map((column) => safeCell(attributes[column] ?? ''))]);
	}
	const connections = workbook.addWorksheet('Connections');
	connections.addRow(['From', 'To', 'Type', 'Label', 'Description']);
	for (const edge of network.edges) connections.addRow([edge.from, edge.to, edge.type, safeCell(edge.label), safeCell(edge.description)]);
	for (const sheet of [elements, connections]) {
		sheet.getRow(1).font = { bold: true };
		sheet.views = [{ state: 'frozen', ySplit: 1 }];
	}
	return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
