import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { geoView } from '$lib/server/network/geo';
import { parseMapUrl, filterOptions, mapHref } from '$lib/server/network/map-page';
import { listMapActors } from '$lib/server/network/layout-queries';

export const load: PageServerLoad = async ({ url, locals }) => {
	const db = await getDb();
	const { size: _size, colour: _colour, mode: _mode, focus: _focus, depth: _depth, format: _format, ...filters } = parseMapUrl(url);
	const geo = await geoView(db, filters, locals.locale);
	const countryHref = (code: string) => mapHref('/network', filters, { country: code });
	return {
		filters,
		geo: {
			...geo,
			countries: geo.countries.map((country) => ({ ...country, href: country.code && country.count > 0 ? countryHref(country.code) : null })),
			table: geo.table.map((row) => ({ ...row, href: countryHref(row.code) })),
			regions: geo.regions.map((region) => ({ ...region, href: mapHref('/network', filters, { region: region.code, country: null }) }))
		},
		networkHref: mapHref('/network', filters, {}),
		options: filterOptions(await listMapActors(db), locals.locale)
	};
};
