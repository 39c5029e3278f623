/** The kinds the `atlas import` / `atlas export` commands (and upload pages) know. */
import type { Importer } from './import-run';
import type { Exporter } from './exporter';
import { actorFileImporter, actorFileExporter } from '../network/actor-formats';
import { networkImporter, relationImporter } from '../network/network-io';
import { networkExporter } from '../network/network-export';
import { resourceImporter, resourceExporter } from '../library/resource-io';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const importers: Record<string, Importer<any>> = {
	actors: actorFileImporter,
	relations: relationImporter,
	network: networkImporter,
	resources: resourceImporter
};

export const exporters: Record<string, Exporter> = {
	actors: actorFileExporter,
	network: networkExporter,
	resources: resourceExporter
};
