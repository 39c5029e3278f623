/**
 * An in-memory column store of the filterable fields of published records (library
 * resources, directory actors), for filtering, counting facets and ordering a set of
 * hits without asking the database to scan them (docs/decisions/0006-search-side-index.md).
 *
 * Records are numbered by their position in the rows the table is built from (the
 * directory reads them in name order, so positions are its browse order; the library
 * keeps its newest-first order as a separate permutation). Each value is coded as a small
 * integer per field. Text matching stays with the database's vectors: the caller hands
 * over the positions they reach, and the table does the rest in a few milliseconds even
 * for tens of thousands of hits.
 */

/** A field holds one value per record (`one`, null allowed) or a list (`many`). */
export type FieldKind = 'one' | 'many';

type FieldValue = string | number | null | undefined | readonly (string | number)[];

interface Column {
	kind: FieldKind;
	/** Distinct values, by code. */
	values: string[];
	codeOf: Map<string, number>;
	/** `one`: the code of each record's value, -1 for none. `many`: codes of all records' values, record p's at offsets[p]..offsets[p+1]. */
	codes: Int32Array;
	offsets: Int32Array | null;
}

export interface FacetTable<F extends string> {
	size: number;
	/** Record ids by position (the order of the rows the table was built from). */
	ids: string[];
	positionOf: Map<string, number>;
	columns: Record<F, Column>;
}

/** Builds a table from rows (their order gives the positions); `fields` names the columns to keep and their kind. */
export function buildFacetTable<F extends string>(rows: readonly ({ id: string } & Partial<Record<NoInfer<F>, FieldValue>>)[], fields: Record<F, FieldKind>): FacetTable<F> {
	const size = rows.length;
	const ids = rows.map((row) => row.id);
	const positionOf = new Map(ids.map((id, position) => [id, position]));
	const columns = {} as Record<F, Column>;
	for (const field of Object.keys(fields) as F[]) {
		const kind = fields[field];
		const values: string[] = [];
		const codeOf = new Map<string, number>();
		const code = (value: string | number) => {
			const key = String(value);
			let known = codeOf.get(key);
			if (known === undefined) codeOf.set(key, (known = values.push(key) - 1));
			return known;
		};
		if (kind === 'one') {
			const codes = new Int32Array(size);
			rows.forEach((row, position) => {
				const value = row[field] as string | number | null | undefined;
				codes[position] = value === null || value === undefined || value === '' ? -1 : code(value);
			});
			columns[field] = { kind, values, codeOf, codes, offsets: null };
		} else {
			const offsets = new Int32Array(size + 1);
			const all: number[] = [];
			rows.forEach((row, position) => {
				offsets[position] = all.length;
				const list = (row[field] ?? []) as readonly (string | number)[];
				for (const value of new Set(list)) if (value !== '' && value !== null) all.push(code(value));
			});
			offsets[size] = all.length;
			columns[field] = { kind, values, codeOf, codes: Int32Array.from(all), offsets };
		}
	}
	return { size, ids, positionOf, columns };
}

/** Wanted values per field: a record passes a field's filter when it has any of them; fields combine with AND. */
export type FacetFilters<F extends string> = Partial<Record<F, readonly (string | number)[]>>;

interface CompiledFilter<F extends string> {
	field: F;
	column: Column;
	wanted: Uint8Array;
}

function compileFilters<F extends string>(table: FacetTable<F>, filters: FacetFilters<F>): CompiledFilter<F>[] {
	const compiled: CompiledFilter<F>[] = [];
	for (const field of Object.keys(filters) as F[]) {
		const list = filters[field];
		if (!list || list.length === 0) continue;
		const column = table.columns[field];
		const wanted = new Uint8Array(column.values.length);
		for (const value of list) {
			const code = column.codeOf.get(String(value));
			if (code !== undefined) wanted[code] = 1;
		}
		compiled.push({ field, column, wanted });
	}
	return compiled;
}

function passes(filter: CompiledFilter<string>, position: number): boolean {
	const { column, wanted } = filter;
	if (column.offsets === null) {
		const code = column.codes[position];
		return code >= 0 && wanted[code] === 1;
	}
	for (let at = column.offsets[position], end = column.offsets[position + 1]; at < end; at++) if (wanted[column.codes[at]] === 1) return true;
	return false;
}

export interface FacetCount<F extends string> {
	facet: F;
	value: string;
	count: number;
}

export interface FilteredHits<F extends string> {
	/** Positions of the candidates that pass every filter, in the candidates' order. */
	hits: Int32Array;
	/** Counts per facet value (only values with a count), for the facets asked. */
	counts: FacetCount<F>[];
}

/**
 * Applies `filters` to `candidates` (positions, in the order wanted; null for every record by position)
 * and counts the values of `facets` over them. `disjunctive`: each facet's counts apply
 * every filter except its own (ticking one language still shows the others' counts);
 * otherwise counts are over the hits.
 */
export function filterAndCount<F extends string>(
	table: FacetTable<F>,
	candidates: Int32Array | null,
	filters: FacetFilters<F>,
	facets: readonly F[],
	disjunctive: boolean
): FilteredHits<F> {
	const compiled = compileFilters(table, filters);
	const total = candidates ? candidates.length : table.size;
	const positionAt = (index: number) => (candidates ? candidates[index] : index);
	// Per record (by position, so that counting reads the columns in storage order): -3 when
	// not a candidate, -1 when it passes every filter, f when it fails only filter f, -2 when
	// it fails several. Filters and counts run a column at a time, in tight loops over typed arrays.
	const state = new Int8Array(table.size).fill(candidates ? -3 : -1);
	if (candidates) for (let index = 0; index < total; index++) state[candidates[index]] = -1;
	compiled.forEach((filter, f) => {
		const { codes, offsets } = filter.column;
		const wanted = filter.wanted;
		for (let index = 0; index < total; index++) {
			const position = positionAt(index);
			if (state[position] === -2) continue;
			let ok = false;
			if (offsets === null) {
				const code = codes[position];
				ok = code >= 0 && wanted[code] === 1;
			} else {
				for (let at = offsets[position], end = offsets[position + 1]; at < end && !ok; at++) ok = wanted[codes[at]] === 1;
			}
			if (!ok) state[position] = state[position] === -1 ? f : -2;
		}
	});
	let hitCount = 0;
	for (let index = 0; index < total; index++) if (state[positionAt(index)] === -1) hitCount++;
	const hits = new Int32Array(hitCount);
	for (let index = 0, n = 0; index < total; index++) {
		const position = positionAt(index);
		if (state[position] === -1) hits[n++] = position;
	}

	const counts: FacetCount<F>[] = [];
	for (const facet of facets) {
		const { codes, offsets, values } = table.columns[facet];
		const own = disjunctive ? compiled.findIndex((filter) => filter.field === facet) : -1;
		const perValue = new Int32Array(values.length);
		for (let position = 0; position < table.size; position++) {
			const value = state[position];
			if (value !== -1 && (own < 0 || value !== own)) continue;
			if (offsets === null) {
				const code = codes[position];
				if (code >= 0) perValue[code]++;
			} else {
				for (let at = offsets[position], end = offsets[position + 1]; at < end; at++) perValue[codes[at]]++;
			}
		}
		perValue.forEach((count, code) => {
			if (count > 0) counts.push({ facet, value: values[code], count });
		});
	}
	return { hits, counts };
}

/** Positions of `ids` known to the table (unknown ids, e.g. unpublished records, are left out), deduplicated. */
export function positionsOf<F extends string>(table: FacetTable<F>, ids: Iterable<string>): Int32Array {
	const seen = new Uint8Array(table.size);
	const positions: number[] = [];
	for (const id of ids) {
		const position = table.positionOf.get(id);
		if (position !== undefined && !seen[position]) (seen[position] = 1, positions.push(position));
	}
	return Int32Array.from(positions);
}

/** Positions whose `field` holds any of `values` (a `many` or `one` field), ascending. */
export function positionsWith<F extends string>(table: FacetTable<F>, field: F, values: readonly string[]): Int32Array {
	const { hits } = filterAndCount(table, null, { [field]: values } as FacetFilters<F>, [], false);
	return hits;
}
