/**
 * The query of the network map: the same filters as the actor directory (`GET /api/v1/actors`,
 * interfaces.md; one value each here, matched by directory.ts `matchingActorIds`, so map,
 * list and directory agree) plus the map's own view settings.
 */
import { z } from 'zod';

const optionalText = z
	.string()
	.trim()
	.max(200)
	.optional()
	.transform((value) => (value ? value : undefined));

/** Which actors the map shows (or highlights, in showcase mode). */
export const MapFilters = z.object({
	type: optionalText,
	country: optionalText.transform((value) => value?.toUpperCase()),
	region: optionalText,
	language: optionalText,
	category: optionalText,
	targetGroup: optionalText,
	q: optionalText
});
export type MapFilters = Partial<z.infer<typeof MapFilters>>;

export const FILTER_KEYS = ['type', 'country', 'region', 'language', 'category', 'targetGroup', 'q'] as const;

/** True when no filter is set. */
export function noFilters(filters: MapFilters): boolean {
	return FILTER_KEYS.every((key) => !filters[key]);
}

export const COLOUR_FIELDS = ['type', 'region', 'category', 'community'] as const;
export const SIZE_FIELDS = ['degree', 'betweenness', 'member_count', 'founded_year'] as const;

/** The query of `GET /api/v1/network` and of the map pages: filters plus view settings. */
export const NetworkQuery = MapFilters.extend({
	size: z.enum(SIZE_FIELDS).catch('degree').default('degree'),
	colour: z.enum(COLOUR_FIELDS).catch('type').default('type'),
	mode: z.enum(['filter', 'showcase']).catch('filter').default('filter'),
	focus: optionalText,
	depth: z.coerce.number().int().min(1).max(2).catch(1).default(1),
	format: z.enum(['full', 'compact']).catch('full').default('full')
});
export type NetworkQuery = z.infer<typeof NetworkQuery>;
