import { describe, it, expect } from 'vitest';
import { parseRis, toRis, looksLikeRis } from './ris';
import { fieldsFromCsl, cslFromRecord } from './citation-records';

const RIS = [
	'TY  - RPRT',
	'TI  - Skills for the green transition',
	'AU  - Doe, Jane',
	'PY  - 2021',
	'PB  - ILO',
	'UR  - https://www.ilo.org/green',
	'DO  - 10.1234/green',
	'LA  - en',
	'KW  - Green jobs',
	'AB  - A long abstract',
	'  that continues on a second line.',
	'ER  - ',
	'',
	'TI  - A record without its type',
	'PY  - 2020',
	'ER  - ',
	'TY  - ELEC',
	'TI  - Página web de la red',
	'Y1  - 2011/05/02',
	'ER  - '
].join('\r\n');

describe('RIS', () => {
	it('reads each record on its own and rejects one without TY, naming its line', () => {
		expect(looksLikeRis(RIS)).toBe(true);
		const parsed = parseRis(RIS);
		expect(parsed.map((p) => p.row)).toEqual([1, 14, 17]);
		expect(parsed[1].error).toMatch(/without a TY/);
		const first = fieldsFromCsl(parsed[0].item!);
		expect(first).toMatchObject({ title: 'Skills for the green transition', type: 'research-paper', language: 'en', year: 2021, publisher: 'ILO', doi: '10.1234/green', topics: ['Green jobs'], authors: ['Doe, Jane'] });
		expect(first.abstract).toBe('A long abstract that continues on a second line.');
		expect(first.extra).toEqual({});
		const third = fieldsFromCsl(parsed[2].item!);
		expect(third).toMatchObject({ type: 'promotional-material', year: 2011, language: undefined });
	});

	it('refuses a file where no record has a TY line', () => {
		expect(() => parseRis('TI  - no type\nER  - \n')).toThrow(/not a RIS file/);
		expect(() => parseRis('title,year\n')).toThrow(/not a RIS file/);
	});

	it('writes one-line values (no tag injection), the DOI, and reads back the same', () => {
		const record = {
			slug: 'x',
			title: 'Injected\nER  - \nTY  - JOUR',
			abstract: 'First.\n\nSecond.',
			language: 'pt',
			type: 'promotional-material',
			topics: ['Moldes'],
			authors: ['Silva, Ana'],
			year: 2020,
			publisher: 'OIT',
			url: 'https://example.org/x',
			doi: '10.5555/x'
		};
		const text = toRis([cslFromRecord(record), cslFromRecord({ ...record, slug: 'y', title: 'Second record', doi: '' })]);
		expect(text.match(/^TY {2}- /gm)).toHaveLength(2);
		expect(text).toContain('DO  - 10.5555/x');
		const back = parseRis(text);
		expect(back).toHaveLength(2);
		const fields = fieldsFromCsl(back[0].item!);
		const long = 'ILO and the Government of Norway sign a new partnership agreement on skills development and lifelong learning';
		const wrapped = toRis([cslFromRecord({ ...record, title: long })]);
		expect(wrapped).toContain(`TI  - ${long}\n`);
		expect(fieldsFromCsl(parseRis(wrapped)[0].item!).title).toBe(long);
		expect(fields).toMatchObject({ title: 'Injected ER - TY - JOUR', type: 'promotional-material', language: 'pt', year: 2020, doi: '10.5555/x', authors: ['Silva, Ana'], topics: ['Moldes'] });
	});
});
