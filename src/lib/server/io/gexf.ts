/**
 * GEXF (Gephi) files, read and written with graphology-gexf. Before parsing, DOCTYPE and
 * entity declarations are refused (graph-data.ts). Attributes a node uses without
 * declaring them are kept (the library's allowUndeclaredAttributes) and named in the
 * import report's notes, with what the format's library drops (graphFileNotes); nodes
 * that only edges mention are not turned into actors: their edges must name an actor
 * already stored, or are rejected row by row.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import { AppError } from '../errors';
import { decodeText } from './source';
import { DRAWING_ATTRIBUTES, refuseXmlDeclarations, textAttributes, type ExportNetwork, type GraphData } from './graph-data';
import type { Attributes } from 'graphology-types';

/** True when text looks like a GEXF document. */
export function looksLikeGexf(text: string): boolean {
	return /<gexf[\s>]/i.test(text.slice(0, 2000));
}

/** Ids of the nodes a graph file declares (`<node id="…">`), to tell them from ids only edges mention. */
export function declaredNodeIds(text: string): Set<string> {
	const ids = new Set<string>();
	for (const match of text.matchAll(/<node\b[^>]*?\bid\s*=\s*("([^"]*)"|'([^']*)')/g)) ids.add(unescapeXml(match[2] ?? match[3] ?? ''));
	return ids;
}

function unescapeXml(text: string): string {
	return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

/** Attributes minus the drawing ones (positions, sizes, colours), as plain values. */
export function factAttributes(attributes: Attributes): Record<string, unknown> {
	return Object.fromEntries(Object.entries(attributes).filter(([key, value]) => !DRAWING_ATTRIBUTES.has(key) && value !== '' && value != null));
}

/** Turns a parsed graphology graph into the neutral graph shape; shared with GraphML. */
export function graphToData(graph: MultiDirectedGraph, declared: Set<string>, idKey: string, notes: string[]): GraphData {
	const data: GraphData = { idKey, nodes: [], edges: [], notes };
	let row = 0;
	const missing: string[] = [];
	graph.forEachNode((id, attributes) => {
		if (!declared.has(id)) missing.push(id);
		else data.nodes.push({ row: ++row, id, values: factAttributes(attributes) });
	});
	graph.forEachEdge((_key, attributes, source, target) => {
		row++;
		const values = factAttributes(attributes);
		if (values.type == null && values.kind != null) values.type = values.kind;
		delete values.kind;
		data.edges.push({ row, from: source, to: target, values });
	});
	if (missing.length) notes.push(`Edges point to ${missing.length} node(s) the file does not declare (${missing.slice(0, NAMED_AT_MOST).join(', ')}${missing.length > NAMED_AT_MOST ? ', …' : ''}); those edges were kept only where the id names an organisation already stored.`);
	return data;
}

/** Parses GEXF text (1.2 or 1.3) into the neutral graph shape; `notes` say what was read leniently or dropped. */
export function parseGexf(bytes: Uint8Array): GraphData {
	const text = decodeText(bytes).text;
	refuseXmlDeclarations(text, 'GEXF');
	const notes = graphFileNotes(text, 'gexf');
	let graph: MultiDirectedGraph;
	try {
		// Undeclared attributes are kept under their id (and named in the notes above).
		graph = parse(MultiDirectedGraph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }) as MultiDirectedGraph;
	} catch (error) {
		throw new AppError('invalid_input', `The GEXF file could not be read: ${(error as Error).message.replace(/^graphology-gexf\/parser: /, '')}`);
	}
	return graphToData(graph, declaredNodeIds(text), 'gexf', notes);
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const TAG_ATTRIBUTE = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const DRAWING_TAGS = new Set(['position', 'color', 'size', 'shape', 'thickness']);
const NAMED_AT_MOST = 10;

function tagAttributes(text: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const match of text.matchAll(TAG_ATTRIBUTE)) attributes.set(match[1].toLowerCase(), unescapeXml(match[2] ?? match[3] ?? ''));
	return attributes;
}

function named(ids: Iterable<string>): string {
	const list = [...ids];
	const shown = list.slice(0, NAMED_AT_MOST).map((id) => `"${id}"`).join(', ');
	return list.length > NAMED_AT_MOST ? `${shown} and ${list.length - NAMED_AT_MOST} more` : shown;
}

/**
 * What the importer reads leniently or cannot keep of a GEXF or GraphML file, in words a
 * curator can act on: attributes (GEXF) or data keys (GraphML) used without a declaration,
 * with the nodes and edges using them; drawing data (positions, colours, sizes, weights),
 * which is not stored; dynamic values (GEXF spells, start/end), of which only the last is
 * kept; edges sharing an id, which the library merges; hyperedges and ports (GraphML),
 * which it skips. A scan of the tags, run after DOCTYPE and entities were refused.
 */
export function graphFileNotes(text: string, format: 'gexf' | 'graphml'): string[] {
	const declared = { node: new Set<string>(), edge: new Set<string>(), all: new Set<string>() };
	const undeclared = new Map<string, { node: Set<string>; edge: Set<string> }>();
	const open: { kind: 'node' | 'edge'; id: string }[] = [];
	const edgeIds = new Map<string, number>();
	let attributeClass: 'node' | 'edge' | 'all' = 'node';
	let drawn = 0;
	let dynamic = 0;
	let skipped = 0;
	for (const match of text.matchAll(TAG)) {
		const [, closing, rawName, rawAttributes, selfClosing] = match;
		const name = rawName.toLowerCase().replace(/^viz:/, '');
		if (closing) {
			if ((name === 'node' || name === 'edge') && open.length) open.pop();
			continue;
		}
		const attributes = tagAttributes(rawAttributes);
		const current = open.at(-1);
		if (format === 'gexf' && name === 'attributes') attributeClass = attributes.get('class') === 'edge' ? 'edge' : 'node';
		else if (format === 'gexf' && name === 'attribute') declared[attributeClass].add(attributes.get('id') ?? '');
		else if (format === 'graphml' && name === 'key') {
			const scope = attributes.get('for');
			declared[scope === 'node' || scope === 'edge' ? scope : 'all'].add(attributes.get('id') ?? '');
		} else if (name === 'node' || name === 'edge') {
			const id = attributes.get('id') ?? '';
			if (name === 'edge') {
				if (id) edgeIds.set(id, (edgeIds.get(id) ?? 0) + 1);
				if (attributes.has('weight')) drawn++;
			}
			if (!selfClosing) open.push({ kind: name, id: id || (name === 'edge' ? `${attributes.get('source') ?? '?'} → ${attributes.get('target') ?? '?'}` : '?') });
		} else if ((name === 'attvalue' && format === 'gexf') || (name === 'data' && format === 'graphml')) {
			if (!current) continue;
			const key = (format === 'gexf' ? (attributes.get('id') || attributes.get('for')) : attributes.get('key')) ?? '';
			if (!declared[current.kind].has(key) && !declared.all.has(key)) {
				const users = undeclared.get(key) ?? { node: new Set<string>(), edge: new Set<string>() };
				users[current.kind].add(current.id);
				undeclared.set(key, users);
			}
			if (['start', 'end', 'startopen', 'endopen'].some((bound) => attributes.has(bound))) dynamic++;
		} else if (current && DRAWING_TAGS.has(name)) drawn++;
		else if (name === 'spell') dynamic++;
		else if (format === 'graphml' && (name === 'hyperedge' || name === 'port')) skipped++;
	}
	const notes: string[] = [];
	const word = format === 'gexf' ? 'attribute' : 'data key';
	for (const [key, users] of undeclared) {
		const where = [users.node.size ? `node(s) ${named(users.node)}` : '', users.edge.size ? `edge(s) ${named(users.edge)}` : ''].filter(Boolean).join(' and ');
		notes.push(`The ${word} "${key}" is not declared in the file; it is used by ${where} and was kept as an extra attribute named "${key}".`);
	}
	const shared = [...edgeIds].filter(([, count]) => count > 1).map(([id]) => id);
	if (shared.length) notes.push(`Several edges share the id ${named(shared)}; edges with the same id were merged into one.`);
	if (drawn) notes.push(`${drawn} drawing value(s) (positions, colours, sizes, shapes, thickness, weights) were not stored: the map computes its own layout.`);
	if (dynamic) notes.push(`${dynamic} dynamic value(s) (spells, start/end dates) were read as plain values: only the last value of each attribute was kept.`);
	if (skipped) notes.push(`${skipped} hyperedge(s) or port(s) were skipped: relations link exactly two organisations.`);
	return notes;
}

/** Writes a network as GEXF 1.3 (node labels are actor names; every column an attribute). */
export function writeGexf(network: ExportNetwork): string {
	const graph = new MultiDirectedGraph();
	for (const node of network.nodes) {
		const { name, ...rest } = textAttributes(node);
		graph.addNode(node.id, { label: name, ...rest });
	}
	for (const edge of network.edges) {
		graph.addEdgeWithKey(edge.id, edge.from, edge.to, { type: edge.type, ...(edge.label ? { label: edge.label } : {}), ...(edge.description ? { description: edge.description } : {}) });
	}
	return write(graph, { version: '1.3' });
}
