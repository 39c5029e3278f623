/**
 * GraphML files: read with graphology-graphml (which has no writer), written here with
 * xmlbuilder2. DOCTYPE and entity declarations are refused before parsing. Data whose
 * key the file does not declare is kept under the key's id (the library's behaviour)
 * and named in the report's notes (graphFileNotes in gexf.ts); nodes that only edges mention must match stored actors.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { create } from 'xmlbuilder2';
import { AppError } from '../errors';
import { decodeText } from './source';
import { refuseXmlDeclarations, textAttributes, type ExportNetwork, type GraphData } from './graph-data';
import { declaredNodeIds, graphFileNotes, graphToData } from './gexf';

/** True when text looks like a GraphML document. */
export function looksLikeGraphml(text: string): boolean {
	return /<graphml[\s>]/i.test(text.slice(0, 2000));
}

/** Parses GraphML text into the neutral graph shape. */
export function parseGraphml(bytes: Uint8Array): GraphData {
	const text = decodeText(bytes).text;
	refuseXmlDeclarations(text, 'GraphML');
	const notes = graphFileNotes(text, 'graphml');
	let graph: MultiDirectedGraph;
	try {
		graph = parse(MultiDirectedGraph, text, { addMissingNodes: true }) as MultiDirectedGraph;
	} catch (error) {
		throw new AppError('invalid_input', `The GraphML file could not be read: ${(error as Error).message.replace(/^graphology-graphml\/parser: /, '')}`);
	}
	return graphToData(graph, declaredNodeIds(text), 'graphml', notes);
}

/** Writes a network as GraphML: one string key per column, directed edges with type, label, description. */
export function writeGraphml(network: ExportNetwork): string {
	const nodeColumns = [...new Set(network.nodes.flatMap((node) => Object.keys(node.attributes)))];
	const edgeColumns = ['type', 'label', 'description'];
	const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml');
	const keyId = (scope: string, column: string) => `${scope}_${column.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
	for (const column of nodeColumns) {
		// The actor's name is the node label, as Gephi and yEd read it.
		root.ele('key', { id: keyId('n', column), for: 'node', 'attr.name': column === 'name' ? 'label' : column, 'attr.type': 'string' });
	}
	for (const column of edgeColumns) root.ele('key', { id: keyId('e', column), for: 'edge', 'attr.name': column, 'attr.type': 'string' });
	const graph = root.ele('graph', { id: 'skills-atlas', edgedefault: 'directed' });
	for (const node of network.nodes) {
		const element = graph.ele('node', { id: node.id });
		const attributes = textAttributes(node);
		for (const column of nodeColumns) {
			const value = attributes[column];
			if (value) element.ele('data', { key: keyId('n', column) }).txt(value);
		}
	}
	for (const edge of network.edges) {
		const element = graph.ele('edge', { id: edge.id, source: edge.from, target: edge.to });
		for (const column of edgeColumns) {
			const value = edge[column as 'type' | 'label' | 'description'];
			if (value) element.ele('data', { key: keyId('e', column) }).txt(value);
		}
	}
	return root.end({ prettyPrint: true }) + '\n';
}
