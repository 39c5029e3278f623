/**
 * The `network` exporter: every actor and relation (or, given the directory's filters,
 * the matching published actors and the relations between them) as a Kumu blueprint
 * (JSON), a Kumu spreadsheet (XLSX), GEXF or GraphML, each readable again by the
 * `network` importer.
 * Node ids are the actor's id in the target system (its `kumu` external id for Kumu)
 * when it has one, else our own actor id, so a re-import updates the same actors.
 * Contact persons are never exported.
 */
import type { DB } from '../db';
import type { ActorRow } from '../db/schema';
import type { Exporter, ExportResult } from '../io/exporter';
import type { ExportNetwork, ExportNode } from '../io/graph-data';
import { formatPairs } from '../io/columns';
import { writeKumuJson, writeKumuXlsx } from '../io/kumu';
import { writeGexf } from '../io/gexf';
import { writeGraphml } from '../io/graphml';
import { listActorsForExport } from './queries';
import { listRelationsForExport } from './network-queries';
import { actorRowsMatching } from './directory';

export const NETWORK_EXPORT_FORMATS = ['kumu-json', 'kumu-xlsx', 'gexf', 'graphml'] as const;

/** The id key of each export format (kept in `externalIds` on import). */
export const FORMAT_ID_KEYS: Record<string, string> = { 'kumu-json': 'kumu', 'kumu-xlsx': 'kumu', 'kumu-csv': 'kumu', gexf: 'gexf', graphml: 'graphml' };

/** One actor as export attributes: our column names, lists joined by `|`, extra fields alongside. */
export function actorAttributes(actor: ActorRow): Record<string, unknown> {
	const attributes: Record<string, unknown> = {};
	for (const [key, value] of Object.entries((actor.extra as Record<string, unknown>) ?? {})) if (value != null && value !== '') attributes[key] = value;
	Object.assign(attributes, {
		name: actor.name,
		type: actor.type,
		country: actor.country ?? '',
		region: actor.region ?? '',
		city: actor.city,
		languages: actor.languages.join('|'),
		categories: actor.categories.join('|'),
		targetGroups: actor.target_groups.join('|'),
		website: actor.website,
		description: actor.description?.en ?? Object.values(actor.description ?? {})[0] ?? '',
		externalIds: formatPairs(actor.external_ids)
	});
	return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== ''));
}

/**
 * Loads the network in the neutral export shape, with node ids for `idKey`: every actor,
 * or with `filters` (those of the directory) the matching published actors; relations
 * only between exported actors.
 */
export async function loadExportNetwork(db: DB, idKey: string, filters?: Record<string, string | string[]>): Promise<ExportNetwork> {
	const [actors, relations] = await Promise.all([filters ? actorRowsMatching(db, filters) : listActorsForExport(db), listRelationsForExport(db)]);
	const nodeId = new Map<string, string>();
	const taken = new Set<string>();
	const nodes: ExportNode[] = actors.map((actor) => {
		const external = actor.external_ids?.[idKey];
		// Two actors never share a node id, even if an outside system reused one.
		const id = external && !taken.has(external) ? external : actor.id;
		taken.add(id);
		nodeId.set(actor.id, id);
		return { id, attributes: actorAttributes(actor) };
	});
	const edges = relations
		.filter((relation) => nodeId.has(relation.source_id) && nodeId.has(relation.target_id))
		.map((relation) => ({
			id: relation.id,
			from: nodeId.get(relation.source_id)!,
			to: nodeId.get(relation.target_id)!,
			type: relation.type,
			label: relation.label,
			description: relation.description
		}));
	return { nodes, edges };
}

export const networkExporter: Exporter = {
	kind: 'network',
	formats: [...NETWORK_EXPORT_FORMATS],
	async export(db, format, filters): Promise<ExportResult> {
		const network = await loadExportNetwork(db, FORMAT_ID_KEYS[format] ?? 'kumu', filters);
		const count = network.nodes.length;
		switch (format) {
			case 'kumu-json':
				return { body: writeKumuJson(network), contentType: 'application/json', extension: 'json', count };
			case 'kumu-xlsx':
				return { body: await writeKumuXlsx(network), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx', count };
			case 'gexf':
				return { body: writeGexf(network), contentType: 'application/gexf+xml', extension: 'gexf', count };
			case 'graphml':
				return { body: writeGraphml(network), contentType: 'application/graphml+xml', extension: 'graphml', count };
			default:
				throw new Error(`network cannot be exported as ${format}`);
		}
	}
};
