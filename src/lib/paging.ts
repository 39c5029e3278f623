/** Links between the pages of a list, keeping the other query parameters (filters). */

/** The link to page `target` of the list at `url` (page 1 drops the parameter). */
export function pageHref(url: URL, target: number): string {
	const params = new URLSearchParams(url.searchParams);
	if (target <= 1) params.delete('page');
	else params.set('page', String(target));
	const query = params.toString();
	return query ? `?${query}` : url.pathname;
}

/** How many pages `total` items make, `perPage` at a time (at least one). */
export function pageCount(total: number, perPage: number): number {
	return Math.max(1, Math.ceil(total / perPage));
}
