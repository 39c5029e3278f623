/**
 * The geographic view (issue 4, item 5): a world map drawn as SVG on the server from
 * world-atlas's Natural Earth 1:110m countries (read from node_modules, so no tiles and
 * no network), with a choropleth of actor counts per country and the counts per ILO
 * region. world-atlas names countries by ISO 3166 numeric code; the country vocabulary
 * holds each alpha-2 code's numeric code, and Kosovo (no ISO code) is matched by name.
 */
import { readFileSync } from 'node:fs';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { DB } from '../db';
import { concepts, label as vocabLabel, type Locale } from '../vocab';
import { projectPath } from '../paths';
import { getNetworkSnapshot } from './layout-jobs';
import { matchedActorIds } from './network-view';
import type { MapFilters } from './map-filters';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 420;
/** Light to dark blue, five classes (ColorBrewer "Blues", colour-blind safe). */
export const CHOROPLETH_COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
export const NO_ACTORS_COLOUR = '#f2f2f2';

interface CountryShape {
	/** ISO alpha-2 code, or null for areas without one (N. Cyprus, Somaliland). */
	code: string | null;
	name: string;
	path: string;
}

export interface MapCountry {
	code: string | null;
	name: string;
	path: string;
	count: number;
	fill: string;
}

export interface GeoView {
	width: number;
	height: number;
	countries: MapCountry[];
	/** Countries with actors, most first, for the data table. */
	table: { code: string; name: string; region: string; count: number }[];
	regions: { code: string; name: string; count: number }[];
	classes: { from: number; to: number; colour: string }[];
	total: number;
}

let shapes: CountryShape[] | null = null;

/** The projected country outlines, computed once per process. */
export function countryShapes(): CountryShape[] {
	if (shapes) return shapes;
	const topology = JSON.parse(readFileSync(projectPath('node_modules/world-atlas/countries-110m.json'), 'utf8')) as Topology;
	const all = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
	// Antarctica holds no organisations and would take a fifth of the height.
	const collection = { ...all, features: all.features.filter((country) => country.properties.name !== 'Antarctica') };
	const projection = geoEqualEarth().fitExtent(
		[
			[4, 4],
			[MAP_WIDTH - 4, MAP_HEIGHT - 4]
		],
		collection
	);
	const path = geoPath(projection).digits(1);
	const alpha2ByNumeric = new Map<string, string>();
	for (const country of concepts('country')) {
		const numeric = country.extra?.numeric;
		if (typeof numeric === 'string') alpha2ByNumeric.set(numeric.padStart(3, '0'), country.code);
	}
	shapes = collection.features.map((country) => ({
			code: country.id !== undefined ? (alpha2ByNumeric.get(String(country.id).padStart(3, '0')) ?? null) : country.properties.name === 'Kosovo' ? 'XK' : null,
			name: country.properties.name,
			path: path(country) ?? ''
		}));
	return shapes;
}

/** Class limits for counts up to `max`: five classes, growing geometrically so few big countries do not flatten the rest. */
export function countClasses(max: number): { from: number; to: number; colour: string }[] {
	if (max <= 0) return [];
	const classes: { from: number; to: number; colour: string }[] = [];
	let from = 1;
	for (let index = 0; index < CHOROPLETH_COLOURS.length && from <= max; index++) {
		const to = index === CHOROPLETH_COLOURS.length - 1 ? max : Math.max(from, Math.round(Math.pow(max, (index + 1) / CHOROPLETH_COLOURS.length)));
		classes.push({ from, to: Math.min(to, max), colour: CHOROPLETH_COLOURS[index] });
		from = Math.min(to, max) + 1;
	}
	return classes;
}

/** The world map of published actors matching the directory filters (the country filter itself is ignored: every country is shown). */
export async function geoView(db: DB, filters: MapFilters, locale: Locale = 'en'): Promise<GeoView> {
	const snapshot = await getNetworkSnapshot(db);
	const matched = await matchedActorIds(db, { ...filters, country: undefined }, locale);
	const byCountry = new Map<string, number>();
	for (const actor of snapshot.actors) {
		if (!actor.country || (matched && !matched.has(actor.id))) continue;
		byCountry.set(actor.country, (byCountry.get(actor.country) ?? 0) + 1);
	}
	return presentGeo([...byCountry].map(([country, count]) => ({ country, count })), locale);
}

/** Pure part of `geoView`. */
export function presentGeo(counts: { country: string; count: number }[], locale: Locale = 'en'): GeoView {
	const byCountry = new Map(counts.map((row) => [row.country, row.count]));
	const max = Math.max(0, ...counts.map((row) => row.count));
	const classes = countClasses(max);
	const fillOf = (count: number) => (count > 0 ? (classes.find((item) => count <= item.to)?.colour ?? CHOROPLETH_COLOURS.at(-1)!) : NO_ACTORS_COLOUR);
	const countries = countryShapes().map((shape) => {
		const count = shape.code ? (byCountry.get(shape.code) ?? 0) : 0;
		return { code: shape.code, name: shape.code ? vocabLabel('country', shape.code, locale) : shape.name, path: shape.path, count, fill: fillOf(count) };
	});
	const regionOf = (code: string) => {
		const region = concepts('country').find((country) => country.code === code)?.extra?.iloRegion;
		return typeof region === 'string' ? region : '';
	};
	const table = counts
		.map((row) => ({ code: row.country, name: vocabLabel('country', row.country, locale), region: regionOf(row.country), count: row.count }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));
	const regionCounts = new Map<string, number>();
	for (const row of table) if (row.region) regionCounts.set(row.region, (regionCounts.get(row.region) ?? 0) + row.count);
	const regions = concepts('ilo-region').map((region) => ({ code: region.code, name: region.labels[locale], count: regionCounts.get(region.code) ?? 0 }));
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		countries,
		table: table.map((row) => ({ ...row, region: row.region ? vocabLabel('ilo-region', row.region, locale) : '' })),
		regions,
		classes,
		total: counts.reduce((sum, row) => sum + row.count, 0)
	};
}
