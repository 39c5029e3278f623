/** Importing and exporting knowledge records, every format and the bad input of issue 3, on each engine. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { join } from 'node:path';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { runImport, importSummary, type Importer } from '../../src/lib/server/io/import-run';
import { resourceImporter, resourceExporter, type ResourceImportRecord } from '../../src/lib/server/library/resource-io';
import { upsertActor } from '../../src/lib/server/network/service';
import { parseCsv } from '../../src/lib/server/io/csv';
import { parseXlsx } from '../../src/lib/server/io/xlsx';
import type { SourceFile } from '../../src/lib/server/io/source';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'ksp');
const seed = (name: string): SourceFile => ({ name, bytes: new Uint8Array(readFileSync(join(fixtures, name))) });
const file = (name: string, content: string | Uint8Array): SourceFile => ({ name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body));

const CSV = [
	'title,abstract,language,type,categories,topics,targetGroups,countries,year,publisher,authors,url,doi,licence,Internal note',
	'"Apprenticeships in clusters","A study.\nWith a second line, quoted.",English,Research papers,Work-based learning|5,Clusters,youth,Ghana|SN,2021,ILO,"Smith, Jane",https://example.org/a,10.1234/ABC,CC BY 4.0,keep me',
	'Guía de formación dual,Una guía,es,Herramientas y guías,Aprendizaje en el trabajo,,,ES,2020,Fundación Norte,,,,,',
	'Bad type row,,en,Reserch papers,,,,,,,,,,,',
	'Bad category row,,en,research-paper,Work-basd learning,,,,,,,,,,',
	',No title,en,research-paper,,,,,,,,,,,',
	'No language row,,,research-paper,,,,,,,,,,,',
	'No type row,,en,,,,,,,,,,,,',
	'Bad country row,,en,research-paper,,,,Frnace,,,,,,,',
	'<script>alert(1)</script> =cmd|\' /C calc\'!A0,<img src=x onerror=alert(1)>,en,case-study,,,,,,,,,,,'
].join('\n');

describe.each(testEngines())('resource import and export on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	const count = async (title: string) =>
		Number((await db().selectFrom('resource').select((eb) => eb.fn.countAll().as('n')).where('title', '=', title).executeTakeFirstOrThrow()).n);
	const byTitle = (title: string) => db().selectFrom('resource').selectAll().where('title', '=', title).executeTakeFirstOrThrow();

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await upsertActor(database.db, { name: 'International Labour Organization', otherNames: ['ILO', 'OIT'], type: 'international-organisation', country: 'CH' });
	});
	afterAll(() => database.dispose());

	it('imports both ksp seed records as published, with type, topic, language and the ILO linked; again changes nothing', async () => {
		const ilo = await db().selectFrom('actor').select('id').where('name', '=', 'International Labour Organization').executeTakeFirstOrThrow();
		for (const [name, type, topic] of [
			['000_802ab1f774fc2461.txt', 'research-paper', 'Other topic'],
			['003_1e5d83f6ed596a3a.txt', 'promotional-material', 'Lifelong learning']
		]) {
			const report = await runImport(db(), resourceImporter, seed(name));
			expect(report.format).toBe('ksp');
			expect(importSummary(report)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [] });
			const again = await runImport(db(), resourceImporter, seed(name));
			expect(importSummary(again)).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: [] });
			const row = await db().selectFrom('resource').selectAll().where('type', '=', type).where(sql<boolean>`${topic} = any(topics)`).executeTakeFirstOrThrow();
			expect(row).toMatchObject({ status: 'published', language: 'en', publisher_name: 'ILO', publisher_actor_id: ilo.id });
			expect(row.published_at).not.toBeNull();
		}
		const clusters = await byTitle('Skills development for industrial clusters: A preliminary review');
		expect(clusters.extra).toMatchObject({ kspResourceTypes: ['case-study', 'research-paper'] });
		expect(clusters.abstract).toMatch(/^The study highlights/);
	});

	it('imports a CSV, rejecting per row with the field and the closest known value, keeping unknown columns', async () => {
		const report = await runImport(db(), resourceImporter, file('r.csv', CSV));
		expect(report.created).toBe(3);
		const reasons = Object.fromEntries(report.rejected.map((r) => [r.row, r.reason]));
		expect(reasons[5]).toMatch(/type: unknown value "Reserch papers" \(did you mean "Research papers"\?\)/);
		expect(reasons[6]).toMatch(/categories: unknown value "Work-basd learning" \(did you mean "Work-based learning"\?\)/);
		expect(reasons[7]).toMatch(/^title: a title is required/);
		expect(reasons[8]).toMatch(/^language: a language is required/);
		expect(reasons[9]).toMatch(/^type: a resource type is required/);
		expect(reasons[10]).toMatch(/countries: unknown value "Frnace".*France/);
		const first = await byTitle('Apprenticeships in clusters');
		expect(first).toMatchObject({
			abstract: 'A study.\nWith a second line, quoted.',
			language: 'en',
			type: 'research-paper',
			categories: ['1', '5'],
			topics: ['Clusters'],
			target_groups: ['youth'],
			countries: ['GH', 'SN'],
			regions: ['africa'],
			year: 2021,
			authors: ['Smith, Jane'],
			doi: '10.1234/abc',
			status: 'published'
		});
		expect(first.publisher_actor_id).not.toBeNull();
		expect(first.extra).toMatchObject({ 'Internal note': 'keep me' });
		const script = await db().selectFrom('resource').selectAll().where('title', 'like', '<script>%').executeTakeFirstOrThrow();
		expect(script.abstract).toBe('<img src=x onerror=alert(1)>');
		expect(importSummary(await runImport(db(), resourceImporter, file('r.csv', CSV)))).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
	});

	it('reads Windows-1252 and BOM files, semicolons, tabs and Spanish/French headers', async () => {
		const latin = new Uint8Array([...new TextEncoder().encode('titre;langue;type;année\n'), ...[...'Formaci\u00f3n en Bogot\u00e1;fr;Outils et lignes directrices;2019\n'].map((c) => c.charCodeAt(0))]);
		const report = await runImport(db(), resourceImporter, file('latin.csv', latin));
		expect(importSummary(report)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [] });
		expect((await byTitle('Formación en Bogotá')).type).toBe('tool-guideline');
		const bom = '\ufeffTítulo\tIdioma\tTipo\nEstudio con BOM\tEspañol\tEstudios de caso y buenas prácticas\n';
		expect((await runImport(db(), resourceImporter, file('bom.csv', bom))).created).toBe(1);
		expect((await byTitle('Estudio con BOM')).language).toBe('es');
		// A header split by one delimiter and rows by another: the rows lack their fields and say so.
		const mixed = await runImport(db(), resourceImporter, file('mixed.csv', 'title;language;type\nWrong,en,research-paper\n'));
		expect(mixed.rejected[0].reason).toMatch(/language: a language is required/);
	});

	it('refuses a file without a required column as a whole', async () => {
		await expect(runImport(db(), resourceImporter, file('x.csv', 'name,year\nA,2020\n'))).rejects.toThrow(/No column holds the language.*Columns found: name, year/);
	});

	it('updates duplicates found by DOI, address or folded title + year instead of doubling them', async () => {
		const csv = [
			'title,language,type,year,doi,url',
			'Apprenticeships in clusters (revised),en,research-paper,2021,https://doi.org/10.1234/abc,',
			'GUÍA DE FORMACIÓN — dual!,es,tool-guideline,2020,,',
			'Guide by address,en,tool-guideline,,,https://example.org/guide',
			'Guide by address renamed,en,tool-guideline,,,https://example.org/guide',
			'Same title other year,en,research-paper,2020,,',
			'Same title other year,en,research-paper,2022,,'
		].join('\n');
		const report = await runImport(db(), resourceImporter, file('dup.csv', csv));
		expect(importSummary(report)).toEqual({ created: 3, updated: 3, unchanged: 0, rejected: [] });
		expect(await count('Apprenticeships in clusters')).toBe(0);
		expect(await count('Apprenticeships in clusters (revised)')).toBe(1);
		expect(await count('Guía de formación dual')).toBe(0);
		expect(await count('GUÍA DE FORMACIÓN — dual!')).toBe(1);
		expect(await count('Guide by address renamed')).toBe(1);
		expect(await count('Guide by address')).toBe(0);
		expect(await count('Same title other year')).toBe(2);
	});

	it('applies rows of one chunk in file order: a row sees what an earlier row of the chunk wrote', async () => {
		await runImport(db(), resourceImporter, file('base.csv', 'title,language,type,year,doi\nChunk base,en,research-paper,2019,10.5555/chunk\n'));
		const csv = [
			'title,language,type,year,doi,url',
			// Renames the stored record through its DOI…
			'Chunk renamed,en,research-paper,2019,10.5555/chunk,',
			// …so this row, by title and year, updates that same record instead of adding one,
			'Chunk renamed,en,tool-guideline,2019,,',
			// and a new record followed by a row with its address updates it.
			'Chunk new,en,research-paper,2020,,https://example.org/chunk-new',
			'Chunk new again,en,research-paper,2020,,https://example.org/chunk-new',
			'Chunk untouched,en,research-paper,2021,,'
		].join('\n');
		const report = await runImport(db(), resourceImporter, file('chunk.csv', csv));
		expect(importSummary(report)).toEqual({ created: 2, updated: 3, unchanged: 0, rejected: [] });
		expect(await count('Chunk base')).toBe(0);
		expect(await count('Chunk renamed')).toBe(1);
		expect((await byTitle('Chunk renamed')).type).toBe('tool-guideline');
		expect(await count('Chunk new')).toBe(0);
		expect(await count('Chunk new again')).toBe(1);
		expect(importSummary(await runImport(db(), resourceImporter, file('chunk.csv', csv)))).toMatchObject({ created: 0, rejected: [] });
	});

	it('never leaves half a record: a failing row is rolled back to its savepoint, strict mode rolls back all', async () => {
		const failing: Importer<ResourceImportRecord> = {
			...resourceImporter,
			// The chunk is written whole, then fails: it is rolled back and its rows go one by one.
			async applyBatch(trx, records) {
				const statuses = await resourceImporter.applyBatch!(trx, records);
				if (records.some((record) => record.input.title.startsWith('Half'))) throw new Error('disk full');
				return statuses;
			},
			async apply(trx, record) {
				const status = await resourceImporter.apply(trx, record);
				if (record.input.title.startsWith('Half')) throw new Error('disk full');
				return status;
			}
		};
		const csv = 'title,language,type\nHalf written,en,research-paper\nWhole record,en,research-paper\n';
		const report = await runImport(db(), failing, file('h.csv', csv));
		expect(report.created).toBe(1);
		expect(report.rejected).toEqual([{ row: 2, reason: expect.stringMatching(/could not be stored/) }]);
		expect(await count('Half written')).toBe(0);
		expect(await count('Whole record')).toBe(1);
		const whole = await byTitle('Whole record');
		const versions = await db().selectFrom('resource_version').select('version').where('resource_id', '=', whole.id).execute();
		expect(versions).toEqual([{ version: 1 }]);
		const search = await db().selectFrom('resource_search').select('resource_id').where('resource_id', '=', whole.id).execute();
		expect(search).toHaveLength(1);
		const strict = await runImport(db(), resourceImporter, file('s.csv', 'title,language,type\nStrict one,en,research-paper\nStrict two,xx-nope,research-paper\n'), { strict: true });
		expect(strict.rolledBack).toBe(true);
		expect(await count('Strict one')).toBe(0);
	});

	it('reads BibTeX (a syntax error rejects its entry, clearly) and RIS (a record without TY is refused)', async () => {
		const bib = '@techreport{a1, title={Skills anticipation toolkit}, institution={ILO}, year=2019, langid={english}, type={Tools and guidelines}}\n@article{bad, title={Oops, year=2020\n@book{b2, title={Le guide des compétences}, year=2018, abstract={Un guide pour les entreprises et les centres de formation.}}\n';
		const report = await runImport(db(), resourceImporter, file('refs.bib', bib));
		expect(report.created).toBe(2);
		expect(report.rejected).toEqual([{ row: 2, reason: expect.stringMatching(/^BibTeX syntax error at line \d+, column \d+/) }]);
		expect((await byTitle('Le guide des compétences')).language).toBe('fr');
		expect((await byTitle('Skills anticipation toolkit')).publisher_actor_id).not.toBeNull();
		expect(importSummary(await runImport(db(), resourceImporter, file('refs.bib', bib)))).toMatchObject({ created: 0, unchanged: 2 });
		const ris = 'TY  - RPRT\nTI  - Green skills report\nLA  - English\nPY  - 2022\nER  - \nTI  - Orphan\nER  - \n';
		const risReport = await runImport(db(), resourceImporter, file('z.ris', ris));
		expect(risReport.created).toBe(1);
		expect(risReport.rejected[0].reason).toMatch(/without a TY/);
		await expect(runImport(db(), resourceImporter, file('z.ris', 'TI  - Orphan\nER  - \n'))).rejects.toThrow(/not a RIS file/);
		await expect(runImport(db(), resourceImporter, file('x.bib', 'nothing here'), { format: 'bibtex' })).rejects.toThrow(/No BibTeX entry/);
	});

	it('refuses an XLSX zip bomb before unpacking it', async () => {
		const { deflateRawSync } = await import('node:zlib');
		const data = deflateRawSync(new Uint8Array(30 * 1024 * 1024));
		const name = Buffer.from('xl/worksheets/sheet1.xml');
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(30 * 1024 * 1024, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(8, 10);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(30 * 1024 * 1024, 24);
		central.writeUInt16LE(name.length, 28);
		const end = Buffer.alloc(22);
		end.writeUInt32LE(0x06054b50, 0);
		end.writeUInt16LE(1, 8);
		end.writeUInt16LE(1, 10);
		end.writeUInt32LE(46 + name.length, 12);
		end.writeUInt32LE(30 + name.length + data.length, 16);
		const bomb = Buffer.concat([local, name, data, central, name, end]);
		await expect(runImport(db(), resourceImporter, file('bomb.xlsx', new Uint8Array(bomb)))).rejects.toThrow(/zip bomb/);
	});

	it('exports CSV, XLSX and JSON that import back unchanged, with formulas neutralised', async () => {
		for (const format of ['csv', 'xlsx', 'json']) {
			const exported = await resourceExporter.export(db(), format);
			expect(exported.count).toBeGreaterThan(5);
			const report = await runImport(db(), resourceImporter, file(`all.${exported.extension}`, exported.body));
			expect(report.rejected).toEqual([]);
			expect(report.unchanged).toBe(exported.count);
		}
		const csv = text((await resourceExporter.export(db(), 'csv')).body);
		expect(csv).toContain('<script>alert(1)</script> =cmd');
		expect(parseCsv(new TextEncoder().encode(csv)).rows.every((row) => !/^[=+\-@]/.test(row.values.title))).toBe(true);
		const formula = await runImport(db(), resourceImporter, file('f.csv', 'title,language,type\n"=HYPERLINK(""http://evil"")",en,research-paper\n'));
		expect(formula.created).toBe(1);
		const again = await resourceExporter.export(db(), 'csv');
		expect(text(again.body)).toContain(`"'=HYPERLINK(""http://evil"")"`);
		const xlsx = await parseXlsx((await resourceExporter.export(db(), 'xlsx')).body as Uint8Array);
		expect(xlsx.rows.find((row) => row.values.title.includes('HYPERLINK'))!.values.title).toBe(`'=HYPERLINK("http://evil")`);
		const json = JSON.parse(text((await resourceExporter.export(db(), 'json')).body));
		expect(json.formatVersion).toBe(1);
	});

	it('exports RIS and BibTeX that import back without doubling, and filters exports', async () => {
		for (const format of ['ris', 'bibtex']) {
			const exported = await resourceExporter.export(db(), format);
			const report = await runImport(db(), resourceImporter, file(`all.${exported.extension}`, exported.body));
			expect(report.rejected).toEqual([]);
			expect(report.created).toBe(0);
		}
		const spanish = JSON.parse(text((await resourceExporter.export(db(), 'json', { lang: 'es' })).body));
		expect(spanish.items.map((item: { title: string }) => item.title).sort()).toEqual(['Estudio con BOM', 'GUÍA DE FORMACIÓN — dual!']);
		const filtered = JSON.parse(text((await resourceExporter.export(db(), 'json', { type: 'Research papers', year: '2021', country: 'GH', category: '1' })).body));
		expect(filtered.items).toHaveLength(1);
		const searched = JSON.parse(text((await resourceExporter.export(db(), 'json', { q: 'bogota' })).body));
		expect(searched.items.map((item: { title: string }) => item.title)).toEqual(['Formación en Bogotá']);
		const topic = JSON.parse(text((await resourceExporter.export(db(), 'json', { topic: 'lifelong LEARNING' })).body));
		expect(topic.items).toHaveLength(1);
		await expect(resourceExporter.export(db(), 'csv', { type: 'Nonsense papers' })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(resourceExporter.export(db(), 'docx')).rejects.toMatchObject({ code: 'unsupported_media_type' });
	});
});
