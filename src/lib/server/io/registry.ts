/** The kinds the `atlas import` / `atlas export` commands (and upload pages) know. */
import type { Importer } from './import-run';
import type { Exporter } from './exporter';
import { actorImporter, actorExporter } from '../network/actor-io';
import { resourceImporter, resourceExporter } from '../library/resource-io';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const importers: Record<string, Importer<any>> = {
	actors: actorImporter,
	resources: resourceImporter
};

export const exporters: Record<string, Exporter> = {
	actors: actorExporter,
	resources: resourceExporter
};
