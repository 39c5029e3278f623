/**
 * GEXF (Gephi) files, read and written with graphology-gexf. Before parsing, DOCTYPE and
 * entity declarations are refused (graph-data.ts). Attributes a node uses without
 * declaring them are kept (the library's allowUndeclaredAttributes) and noted; nodes
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
	if (missing.length) notes.push(`Edges point to ${missing.length} node(s) the file does not declare (${missing.slice(0, 5).join(', ')}); they must match stored actors.`);
	return data;
}

/** Parses GEXF text (1.2 or 1.3) into the neutral graph shape. */
export function parseGexf(bytes: Uint8Array): GraphData {
	const text = decodeText(bytes).text;
	refuseXmlDeclarations(text, 'GEXF');
	const notes: string[] = [];
	let graph: MultiDirectedGraph;
	try {
		try {
			graph = parse(MultiDirectedGraph, text, { addMissingNodes: true }) as MultiDirectedGraph;
		} catch (error) {
			if (!/undeclared attribute/i.test((error as Error).message)) throw error;
			notes.push(`Some nodes or edges use attributes the file does not declare (${(error as Error).message.replace(/^.*?Found /, '')}); they were kept as extra attributes.`);
			graph = parse(MultiDirectedGraph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }) as MultiDirectedGraph;
		}
	} catch (error) {
		throw new AppError('invalid_input', `The GEXF file could not be read: ${(error as Error).message.replace(/^graphology-gexf\/parser: /, '')}`);
	}
	return graphToData(graph, declaredNodeIds(text), 'gexf', notes);
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
