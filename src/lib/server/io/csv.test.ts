import { describe, it, expect } from 'vitest';
import { parseCsv, guessDelimiter, toCsv, safeCell } from './csv';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseCsv', () => {
	it('reads semicolons, quoted line breaks, doubled quotes and skips a junk first line', () => {
		const table = parseCsv(bytes(';;;\nname;city\n"Uni ""A""";"Porto\nNorte"\nB;Lisboa\n'));
		expect(table.delimiter).toBe(';');
		expect(table.headers).toEqual(['name', 'city']);
		expect(table.rows[0].values).toEqual({ name: 'Uni "A"', city: 'Porto\nNorte' });
		expect(table.rows[1].values.name).toBe('B');
		expect(table.rows[1].line).toBe(5);
	});

	it('decodes Windows-1252 and drops a UTF-8 BOM', () => {
		const latin = new Uint8Array([...bytes('name\n'), 0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f, 0x0a]);
		const table = parseCsv(latin);
		expect(table.encoding).toBe('windows-1252');
		expect(table.rows[0].values.name).toBe('São Paulo');
		expect(parseCsv(bytes('\ufeffname\nÉcole\n')).headers).toEqual(['name']);
	});

	it('names the line of a broken quote', () => {
		expect(() => parseCsv(bytes('a,b\n1,"unterminated\n'))).toThrow(/CSV could not be read/);
	});

	it('guesses tabs and commas', () => {
		expect(guessDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
		expect(guessDelimiter('a,b\n1,2')).toBe(',');
	});
});

describe('CSV export', () => {
	it('neutralises formulas and quotes what needs quoting', () => {
		expect(safeCell('=cmd|"/c calc"!A1')).toBe(`'=cmd|"/c calc"!A1`);
		expect(safeCell('Plain')).toBe('Plain');
		expect(toCsv(['a'], [['x,y'], ['=1+1']])).toBe('\ufeffa\r\n"x,y"\r\n\'=1+1\r\n');
	});
});
