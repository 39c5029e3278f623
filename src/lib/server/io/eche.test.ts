import { describe, it, expect } from 'vitest';
import { parseCharterDate, provenDateOrder, columnDateOrder, isEcheHeaders, looksLikeEcheCsv, echeRecords } from './eche';

describe('charter dates', () => {
	it('reads whichever order a part above 12 proves', () => {
		expect(parseCharterDate('12/31/2029')).toBe('2029-12-31');
		expect(parseCharterDate('31/12/2029')).toBe('2029-12-31');
		expect(parseCharterDate('26/06/2024', 'mdy')).toBe('2024-06-26');
		expect(provenDateOrder('10/26/2022')).toBe('mdy');
		expect(provenDateOrder('30/06/2023')).toBe('dmy');
		expect(provenDateOrder('11/1/2021')).toBeUndefined();
	});

	it('reads an ambiguous date in the order it is given, and passes ISO dates through', () => {
		expect(parseCharterDate('11/1/2021', 'mdy')).toBe('2021-11-01');
		expect(parseCharterDate('11/1/2021', 'dmy')).toBe('2021-01-11');
		expect(parseCharterDate('2021-01-01')).toBe('2021-01-01');
		expect(parseCharterDate('2021-01-01T00:00:00.000Z')).toBe('2021-01-01');
	});

	it('treats blank and #N/A as no date and nonsense as not a date', () => {
		expect(parseCharterDate('')).toBeNull();
		expect(parseCharterDate(' #N/A ')).toBeNull();
		expect(parseCharterDate('soon')).toBeUndefined();
		expect(parseCharterDate('2/30/2024')).toBeUndefined();
	});

	it('takes the order most proven values of a column use', () => {
		expect(columnDateOrder(['1/1/2021', '12/31/2029', '10/26/2022', '31/12/2029'])).toBe('mdy');
		expect(columnDateOrder(['26/06/2024', '30/06/2023', '1/1/2021'])).toBe('dmy');
		expect(columnDateOrder(['1/1/2021'])).toBe('mdy');
	});
});

const HEADER = 'Proposal number;Erasmus Code;Pic;OID;Legal Name;Street;Post Cd;City;Country Cd;Website Url;Erasmus Eche Start;Erasmus Eche End';

describe('ECHE rows', () => {
	it('recognises the list by its headers, after a junk line', () => {
		expect(looksLikeEcheCsv(`;;;;;;;;;;;\n${HEADER}\n`)).toBe(true);
		expect(looksLikeEcheCsv('name,type,country\n')).toBe(false);
		expect(isEcheHeaders(HEADER.split(';').map((header) => header.toUpperCase()))).toBe(true);
	});

	it('uses the other date of the row to read an ambiguous one, and cleans #N/A and spaces', () => {
		const row = (values: string[]) => ({ line: 3, values: Object.fromEntries(HEADER.split(';').map((header, index) => [header, values[index] ?? ''])) });
		const [first, second, third] = echeRecords({
			headers: HEADER.split(';'),
			encoding: 'windows-1252',
			delimiter: ';',
			rows: [
				row(['1', 'EL ATHINE01', '123', '#N/A', '  Some  University ', '', '', 'Athens', 'EL', 'www.uoa.gr ', '11/1/2021', '12/31/2029']),
				row(['2', 'F  PARIS001', '456', 'E1', 'Other', '', '', 'Paris', 'FR', 'not a url', '11/01/2024', '31/12/2029']),
				row(['3', '', '789', 'E2', 'No Code', '', '', '', 'FR', '', '', ''])
			]
		});
		expect(first.record?.input).toMatchObject({ name: 'Some University', country: 'GR', website: 'https://www.uoa.gr', externalIds: { erasmus: 'EL ATHINE01', pic: '123' } });
		expect(first.record?.input.externalIds).not.toHaveProperty('oid');
		expect(first.record?.input.extra).toMatchObject({ charterStart: '2021-11-01', charterEnd: '2029-12-31' });
		expect(second.record?.input.extra).toMatchObject({ charterStart: '2024-01-11', websiteText: 'not a url' });
		expect(third.error).toMatch(/Erasmus code is missing/);
	});
});
