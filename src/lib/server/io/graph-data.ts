/**
 * The neutral shape every network format (Kumu, GEXF, GraphML) is read into and written
 * from: nodes with flat attributes, edges between node ids. The network importer turns
 * it into actors and relations; the exporters fill it from the database.
 */
import { AppError } from '../errors';

export interface GraphNode {
	/** Row (or position) in the file, for reports. */
	row: number;
	/** The node's id in the file ('' when the file gives none). */
	id: string;
	/** Attributes under the file's own names (label, type, country…). */
	values: Record<string, unknown>;
}

export interface GraphEdge {
	row: number;
	/** Node id, label or actor reference of each end. */
	from: string;
	to: string;
	/** type, label, description and any other attribute. */
	values: Record<string, unknown>;
}

export interface GraphData {
	/** External id key the file's node ids are stored under ('kumu', 'gexf', 'graphml'). */
	idKey: string;
	nodes: GraphNode[];
	edges: GraphEdge[];
	/** What was read with some leniency (undeclared attributes, nodes only edges mention). */
	notes: string[];
}

/** The attributes of one node of an export (our column names, multi-values joined by `|`). */
export interface ExportNode {
	id: string;
	/** Text values, except extra attributes, which keep their JSON value (lists, objects). */
	attributes: Record<string, unknown>;
}

/** An attribute as text for formats without lists: tags joined by `|`, other structures as JSON. */
export function attributeText(key: string, value: unknown): string {
	if (typeof value === 'string') return value;
	if (value == null) return '';
	if (key.toLowerCase() === 'tags' && Array.isArray(value)) return value.map(String).join('|');
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A node's attributes as text (see attributeText). */
export function textAttributes(node: ExportNode): Record<string, string> {
	return Object.fromEntries(Object.entries(node.attributes).map(([key, value]) => [key, attributeText(key, value)]));
}

export interface ExportEdge {
	id: string;
	from: string;
	to: string;
	type: string;
	label: string;
	description: string;
}

export interface ExportNetwork {
	nodes: ExportNode[];
	edges: ExportEdge[];
}

/** Layout and drawing attributes of graph files, not facts about an actor. */
export const DRAWING_ATTRIBUTES = new Set(['x', 'y', 'z', 'size', 'color', 'shape', 'thickness', 'weight']);

/**
 * Refuses XML carrying a document type or entity declarations before any parser sees
 * it: that is where entity expansion ("billion laughs") and external entities (XXE,
 * reading local files or URLs) live, and graph files never need them.
 */
export function refuseXmlDeclarations(text: string, format: string): void {
	if (/<!\s*(DOCTYPE|ENTITY)/i.test(text)) {
		throw new AppError(
			'invalid_input',
			`The ${format} file declares a DOCTYPE or entities; such declarations can expand to huge sizes or read other files, so the file was refused unread. Remove the <!DOCTYPE …> block and import again.`
		);
	}
}
