import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFacetTable, filterAndCount, positionsOf, positionsWith } from './facet-table';

const FIELDS = { type: 'one', tags: 'many', year: 'one' } as const;
type Row = { id: string; type: string | null; tags: string[]; year: number | null };

const rows: Row[] = [
	{ id: 'a', type: 'report', tags: ['x', 'y'], year: 2020 },
	{ id: 'b', type: 'guide', tags: ['y'], year: 2021 },
	{ id: 'c', type: 'report', tags: [], year: null },
	{ id: 'd', type: null, tags: ['z', 'z'], year: 2020 }
];

const countsOf = (counts: { facet: string; value: string; count: number }[]) => Object.fromEntries(counts.map((entry) => [`${entry.facet}=${entry.value}`, entry.count]));

describe('facet table', () => {
	const table = buildFacetTable(rows, FIELDS);

	it('counts every value over every record without filters, skipping nulls and repeated list values', () => {
		const { hits, counts } = filterAndCount(table, null, {}, ['type', 'tags', 'year'], true);
		expect([...hits]).toEqual([0, 1, 2, 3]);
		expect(countsOf(counts)).toEqual({ 'type=report': 2, 'type=guide': 1, 'tags=x': 1, 'tags=y': 2, 'tags=z': 1, 'year=2020': 2, 'year=2021': 1 });
	});

	it('filters with OR inside a field and AND across fields, numbers matched as their text', () => {
		expect([...filterAndCount(table, null, { type: ['report', 'guide'], year: [2020] }, [], false).hits]).toEqual([0]);
		expect([...filterAndCount(table, null, { tags: ['y', 'z'] }, [], false).hits]).toEqual([0, 1, 3]);
		expect([...filterAndCount(table, null, { tags: ['unknown'] }, [], false).hits]).toEqual([]);
	});

	it('disjunctive counts leave out only the facet own filter; conjunctive counts are over the hits', () => {
		const filters = { type: ['report'], tags: ['y'] };
		const disjunctive = countsOf(filterAndCount(table, null, filters, ['type', 'tags'], true).counts);
		// type counts: records with tag y (a, b); tags counts: reports (a, c).
		expect(disjunctive).toEqual({ 'type=report': 1, 'type=guide': 1, 'tags=x': 1, 'tags=y': 1 });
		const conjunctive = countsOf(filterAndCount(table, null, filters, ['type', 'tags'], false).counts);
		expect(conjunctive).toEqual({ 'type=report': 1, 'tags=x': 1, 'tags=y': 1 });
	});

	it('keeps the candidates order and leaves out unknown or repeated ids', () => {
		const candidates = positionsOf(table, ['d', 'nope', 'a', 'd', 'b']);
		expect([...candidates]).toEqual([3, 0, 1]);
		expect([...filterAndCount(table, candidates, { tags: ['y', 'z'] }, [], false).hits]).toEqual([3, 0, 1]);
		expect([...positionsWith(table, 'tags', ['z'])]).toEqual([3]);
	});

	it('agrees with a direct evaluation on random records and filters', () => {
		const value = fc.constantFrom('p', 'q', 'r', 's');
		const row = fc.record({ type: fc.option(value, { nil: null }), tags: fc.array(value, { maxLength: 3 }) });
		const filter = fc.option(fc.array(value, { minLength: 1, maxLength: 2 }), { nil: undefined });
		fc.assert(
			fc.property(fc.array(row, { maxLength: 30 }), filter, filter, fc.boolean(), (records, typeFilter, tagFilter, disjunctive) => {
				const data = records.map((record, index) => ({ id: String(index), ...record }));
				const table = buildFacetTable(data, { type: 'one', tags: 'many' });
				const filters = { ...(typeFilter ? { type: typeFilter } : {}), ...(tagFilter ? { tags: tagFilter } : {}) };
				const okType = (record: (typeof data)[number]) => !typeFilter || (record.type !== null && typeFilter.includes(record.type));
				const okTags = (record: (typeof data)[number]) => !tagFilter || record.tags.some((tag) => tagFilter.includes(tag));
				const { hits, counts } = filterAndCount(table, null, filters, ['type', 'tags'], disjunctive);
				expect([...hits].map((position) => data[position].id)).toEqual(data.filter((record) => okType(record) && okTags(record)).map((record) => record.id));
				const expected: Record<string, number> = {};
				for (const record of data) {
					if (disjunctive ? okTags(record) : okType(record) && okTags(record)) if (record.type !== null) expected[`type=${record.type}`] = (expected[`type=${record.type}`] ?? 0) + 1;
					if (disjunctive ? okType(record) : okType(record) && okTags(record)) for (const tag of new Set(record.tags)) expected[`tags=${tag}`] = (expected[`tags=${tag}`] ?? 0) + 1;
				}
				expect(countsOf(counts)).toEqual(expected);
			})
		);
	});
});
