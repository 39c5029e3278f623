/**
 * What the map pages (/network, /embed/network, /network/geo) load: the view, its
 * dashboard, the options of the filter panel and one page of the accessible list.
 * Routes stay thin: they parse the URL and hand it here.
 */
import type { DB } from '../db';
import { concepts, label as vocabLabel, type Locale } from '../vocab';
import { NetworkQuery, FILTER_KEYS, type MapFilters } from './map-filters';
import { networkViewWithDashboard } from './network-view';
import { getNetworkSnapshot, layoutJobStatus } from './layout-jobs';

export const LIST_PAGE_SIZE = 100;

export interface FilterOption {
	value: string;
	label: string;
}

/** Parses the map's URL; unknown or malformed view settings fall back to their defaults. */
export function parseMapUrl(url: URL): NetworkQuery {
	const raw: Record<string, string> = {};
	for (const key of [...FILTER_KEYS, 'size', 'colour', 'mode', 'focus', 'depth']) {
		const value = url.searchParams.get(key);
		if (value !== null) raw[key] = value;
	}
	const parsed = NetworkQuery.safeParse(raw);
	return parsed.success ? parsed.data : NetworkQuery.parse({});
}

/** Everything the /network page shows for a URL. */
export async function mapPageData(db: DB, url: URL, locale: Locale, basePath = '/network') {
	const query = parseMapUrl(url);
	const current = { ...query, format: undefined } as Record<string, string | number | undefined>;
	const href = (changes: Record<string, string | number | null>) => mapHref(basePath, current, { page: null, ...changes });
	const { view, dashboard } = await networkViewWithDashboard(db, query, locale);
	const snapshot = await getNetworkSnapshot(db);
	const degree = snapshot.metrics.degree;
	// The view sends nodes in the order that compresses best (network-view.ts); people read them by name.
	const listed = (query.mode === 'showcase' ? view.nodes.filter((node) => node.matched) : [...view.nodes]).sort((a, b) => a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
	const pages = Math.max(1, Math.ceil(listed.length / LIST_PAGE_SIZE));
	const page = Math.min(pages, Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1));
	const list = listed.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE).map((node) => ({
		id: node.id,
		slug: node.slug,
		name: node.label,
		type: vocabLabel('actor-type', node.type, locale),
		country: node.country ? vocabLabel('country', node.country, locale) : '',
		relations: degree[node.id] ?? 0,
		colour: node.colour,
		focusHref: href({ focus: node.slug })
	}));
	const otherLabel = view.legend.find((item) => item.value === '__other__');
	return {
		query,
		version: view.version,
		layoutReady: view.layoutReady,
		layoutProgress: view.layoutReady ? null : layoutJobStatus().progress,
		totalActors: view.totalActors,
		matchedActors: view.matchedActors,
		shownActors: view.nodes.length,
		focus: view.focus,
		legend: view.legend.map((item) => ({ ...item, other: item === otherLabel })),
		dashboard: dashboard!,
		list,
		listTotal: listed.length,
		page,
		pages,
		previousHref: page > 1 ? href({ page: page - 1 }) : null,
		nextHref: page < pages ? href({ page: page + 1 }) : null,
		clearFocusHref: href({ focus: null, depth: null }),
		focusBaseHref: href({ focus: null }),
		geoHref: mapHref('/network/geo', current, { focus: null, depth: null, size: null, colour: null, mode: null }),
		clearHref: basePath,
		apiHref: mapHref('/api/v1/network', current, { format: 'compact' }),
		fullHref: mapHref('/network', current, {}),
		embedHref: mapHref('/embed/network', current, {}),
		options: filterOptions(snapshot.actors, locale)
	};
}

/** Choices of the filter panel: vocabulary values, and for countries and languages only those in use. */
export function filterOptions(actors: { country: string | null; languages: string[] }[], locale: Locale): Record<keyof MapFilters, FilterOption[]> {
	const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, locale);
	const fromVocabulary = (name: Parameters<typeof concepts>[0]) => concepts(name).map((concept) => ({ value: concept.code, label: concept.labels[locale] })).sort(byLabel);
	const countries = [...new Set(actors.map((actor) => actor.country).filter((code): code is string => !!code))];
	const languages = [...new Set(actors.flatMap((actor) => actor.languages))];
	return {
		type: fromVocabulary('actor-type'),
		country: countries.map((code) => ({ value: code, label: vocabLabel('country', code, locale) })).sort(byLabel),
		region: fromVocabulary('ilo-region'),
		language: languages.map((code) => ({ value: code, label: vocabLabel('language', code, locale) })).sort(byLabel),
		category: concepts('skills-category').map((concept) => ({ value: concept.code, label: concept.labels[locale] })),
		targetGroup: fromVocabulary('target-group'),
		q: []
	};
}

/** The URL of the map with `changes` applied to the current query (null or '' removes a key). */
export function mapHref(base: string, query: Partial<Record<string, string | number | undefined>>, changes: Record<string, string | number | null>): string {
	const params = new URLSearchParams();
	const merged = { ...query, ...changes };
	const defaults: Record<string, string> = { size: 'degree', colour: 'type', mode: 'filter', depth: '1', format: 'full' };
	for (const [key, value] of Object.entries(merged)) {
		if (value === null || value === undefined || value === '' || defaults[key] === String(value)) continue;
		params.set(key, String(value));
	}
	const search = params.toString();
	return search ? `${base}?${search}` : base;
}
