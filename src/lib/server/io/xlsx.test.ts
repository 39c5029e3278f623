import { describe, it, expect } from 'vitest';
import { deflateRawSync, crc32 } from 'node:zlib';
import { parseXlsx, toXlsx, checkZipBomb, readZipDirectory, cellText } from './xlsx';

interface FakeEntry {
	name: string;
	data: Uint8Array;
	/** Sizes written into the zip headers (default: the true ones). */
	declaredUncompressed?: number;
	declaredCompressed?: number;
}

/** A minimal zip writer (deflate, no data descriptors) to craft hostile archives. */
function makeZip(entries: FakeEntry[]): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = Buffer.from(entry.name);
		const compressed = deflateRawSync(entry.data);
		const uncompressedSize = entry.declaredUncompressed ?? entry.data.length;
		const compressedSize = entry.declaredCompressed ?? compressed.length;
		const crc = crc32(entry.data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(compressed.length, 18);
		local.writeUInt32LE(uncompressedSize, 22);
		local.writeUInt16LE(name.length, 26);
		locals.push(local, name, compressed);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(compressedSize, 20);
		central.writeUInt32LE(uncompressedSize, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		centrals.push(central, name);
		offset += 30 + name.length + compressed.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const MB = 1024 * 1024;

describe('XLSX', () => {
	it('writes and reads back a sheet, neutralising formulas', async () => {
		const bytes = await toXlsx('Resources', ['title', 'year'], [['=HYPERLINK("http://evil")', 2020], ['<script>x</script>', null]]);
		const entries = readZipDirectory(bytes);
		expect(entries.some((entry) => entry.name.startsWith('xl/worksheets/'))).toBe(true);
		const table = await parseXlsx(bytes);
		expect(table.headers).toEqual(['title', 'year']);
		expect(table.rows[0]).toEqual({ line: 2, values: { title: `'=HYPERLINK("http://evil")`, year: '2020' } });
		expect(table.rows[1].values.title).toBe('<script>x</script>');
	});

	it('reads cached formula results, rich text and dates as text', () => {
		expect(cellText({ formula: 'A1+1', result: 3 } as never)).toBe('3');
		expect(cellText({ richText: [{ text: 'Skills ' }, { text: 'Atlas' }] } as never)).toBe('Skills Atlas');
		expect(cellText(new Date(Date.UTC(2021, 4, 3)))).toBe('2021-05-03');
		expect(cellText({ error: '#N/A' } as never)).toBe('');
	});

	it('refuses a zip bomb (a highly compressible big sheet) before unpacking it', async () => {
		const bomb = makeZip([
			{ name: '[Content_Types].xml', data: new TextEncoder().encode('<Types/>') },
			{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(40 * MB).fill(0x41) }
		]);
		expect(bomb.length).toBeLessThan(MB);
		await expect(parseXlsx(bomb)).rejects.toThrow(/compressed \d+ times.*zip bomb/);
	});

	it('refuses a workbook declaring more than ten times the limit uncompressed', () => {
		const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(1000), declaredUncompressed: 30 * MB, declaredCompressed: 400_000 }]);
		expect(() => checkZipBomb(zip, 2 * MB)).toThrow(/would unpack to 30\.0 MB, more than 10 times/);
	});

	it('refuses an archive whose entries unpack to more than they declare', () => {
		const liar = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(5 * MB), declaredUncompressed: 1000 }]);
		expect(() => checkZipBomb(liar)).toThrow(/unpacks to more than it declares/);
	});

	it('refuses a file over the limit, and bytes that are not a workbook', async () => {
		const zip = makeZip([{ name: 'a.xml', data: new Uint8Array(10) }]);
		expect(() => checkZipBomb(zip, 10)).toThrow(/limit/);
		await expect(parseXlsx(new TextEncoder().encode('title,year\n'))).rejects.toThrow(/not an XLSX/);
		await expect(parseXlsx(zip)).rejects.toThrow(/could not be read|no sheet/);
	});
});
