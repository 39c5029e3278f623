/** Network imports (Kumu, GEXF, GraphML, relations) and exports read back without loss, on each engine. */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { runImport, importSummary, importExitCode } from '../../src/lib/server/io/import-run';
import { networkImporter, relationImporter } from '../../src/lib/server/network/network-io';
import { networkExporter } from '../../src/lib/server/network/network-export';
import { actorFileImporter, actorFileExporter } from '../../src/lib/server/network/actor-formats';
import type { SourceFile } from '../../src/lib/server/io/source';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'network');
const file = (name: string, content: string | Uint8Array): SourceFile => ({ name, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });
const kumuJson = file('kumu.json', readFileSync(join(fixtures, 'kumu.json')));

async function counts(database: TestDatabase) {
	const actors = await database.db.selectFrom('actor').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
	const relations = await database.db.selectFrom('relation').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
	return { actors: Number(actors.n), relations: Number(relations.n) };
}

async function kumuWorkbook(): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	// Sheet names are not what Kumu files are recognised by: their headers are.
	const people = workbook.addWorksheet('Sheet A');
	people.addRow(['Label', 'Type', 'Description', 'Tags', 'Country', 'ID']);
	people.addRow(['Tooling Cluster', 'cluster-organisation', 'Moulds and tools', 'industry|tooling', 'Portugal', 'k-1']);
	people.addRow(['Manchester Business School', 'university', '', '', 'GB', 'k-2']);
	people.addRow(['METIS Alliance', 'Network or platform', '', '', '', 'k-3']);
	const links = workbook.addWorksheet('Sheet B');
	links.addRow(['From', 'To', 'Type']);
	links.addRow(['k-1', 'k-2 | METIS Alliance', 'partner-in']);
	return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="type" type="string"/><attribute id="1" title="country" type="string"/></attributes>
    <nodes>
      <node id="g1" label="Aerospace Cluster"><attvalues><attvalue for="0" value="cluster-organisation"/><attvalue for="1" value="FR"/><attvalue for="colour" value="blue"/></attvalues></node>
      <node id="g2" label="Toulouse Institute"><attvalues><attvalue for="0" value="rto"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="g1" target="g2" label="Joint research"/>
      <edge id="e2" source="g1" target="ghost"/>
    </edges>
  </graph>
</gexf>`;

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="m1"><data key="d0">Microelectronics Cluster</data><data key="d1">cluster-organisation</data></node>
    <node id="m2"><data key="d0">Chip Academy</data><data key="d1">vet-provider</data><data key="zz">undeclared</data></node>
    <edge source="m2" target="m1"><data key="d2">member-of</data></edge>
  </graph>
</graphml>`;

describe.each(testEngines())('network import on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(() => database.dispose());

	it('imports a Kumu JSON blueprint, one relation per To target, rejecting bad rows; a re-import changes nothing', async () => {
		const first = await runImport(database.db, networkImporter, kumuJson);
		expect(first.format).toBe('kumu-json');
		expect(first.created).toBe(8);
		expect(first.rejected.map((r) => r.row)).toEqual([5, 8, 9, 10, 11]);
		expect(first.rejected[0].reason).toMatch(/type.*spaceship/);
		expect(first.rejected[1].reason).toMatch(/unknown actor "elem-nowhere"/);
		expect(first.rejected[2].reason).toMatch(/itself/);
		expect(first.rejected[3].reason).toMatch(/duplicate.*row 7/);
		expect(first.rejected[4].reason).toMatch(/row 5, which was rejected/);
		expect(importExitCode(first)).toBe(3);
		const twins = await database.db.selectFrom('actor').selectAll().where('name', '=', 'Universidad Laboral').orderBy('city').execute();
		expect(twins.map((a) => [a.city, a.external_ids.kumu])).toEqual([['Gijón', 'elem-uni-a'], ['Málaga', 'elem-uni-b']]);
		const aragon = await database.db.selectFrom('actor').selectAll().where('name', '=', 'Aragon Training Cluster').executeTakeFirstOrThrow();
		expect(aragon.country).toBe('ES');
		expect(aragon.languages).toEqual(['es', 'en']);
		expect(aragon.categories.sort()).toEqual(['1', '6']);
		expect(aragon.extra).toMatchObject({ tags: ['vet', 'regional'], Founded: '2009' });
		const again = await runImport(database.db, networkImporter, kumuJson);
		expect(importSummary(again)).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
	});

	it('reads a Kumu workbook by its headers, splitting a To cell with several targets', async () => {
		const report = await runImport(database.db, networkImporter, file('map.xlsx', await kumuWorkbook()));
		expect(report.format).toBe('kumu-xlsx');
		expect(importSummary(report)).toEqual({ created: 5, updated: 0, unchanged: 0, rejected: [] });
		const tooling = await database.db.selectFrom('actor').selectAll().where('name', '=', 'Tooling Cluster').executeTakeFirstOrThrow();
		expect(tooling.external_ids.kumu).toBe('k-1');
		expect(tooling.extra).toMatchObject({ Tags: ['industry', 'tooling'] });
	});

	it('reads Kumu sheets exported as two CSV files, connections naming elements by ID or label', async () => {
		const elements = 'Label,Type,ID,Website\nDIHUB Cloud,network,dh-1,dihub.example.eu\nCloud Skills School,vet-provider,dh-2,\n';
		const connections = 'From,To,Type\ndh-2,DIHUB Cloud,member-of\nCloud Skills School,Nobody At All,member-of\n';
		const first = await runImport(database.db, networkImporter, file('elements.csv', elements));
		expect(first.format).toBe('kumu-csv');
		expect(importSummary(first)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: [] });
		const second = await runImport(database.db, networkImporter, file('connections.csv', connections));
		expect(importSummary(second)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [{ row: 3, reason: 'to: unknown actor "Nobody At All"' }] });
	});

	it('reads GEXF with an undeclared attribute and an edge to a missing node, reporting that edge', async () => {
		const report = await runImport(database.db, networkImporter, file('net.gexf', GEXF));
		expect(report.created).toBe(3);
		expect(report.rejected).toEqual([{ row: 4, reason: 'to: unknown actor "ghost"' }]);
		const cluster = await database.db.selectFrom('actor').selectAll().where('name', '=', 'Aerospace Cluster').executeTakeFirstOrThrow();
		expect(cluster.extra).toMatchObject({ colour: 'blue' });
		expect(cluster.external_ids.gexf).toBe('g1');
	});

	it('names undeclared GEXF attributes with the nodes using them, and missing endpoints, in the report notes', async () => {
		const report = await runImport(database.db, networkImporter, file('net.gexf', GEXF), { dryRun: true });
		expect(report.notes).toEqual([
			expect.stringMatching(/attribute "colour" is not declared.*node\(s\) "g1"/),
			expect.stringMatching(/1 node\(s\) the file does not declare \(ghost\)/)
		]);
		expect(importSummary(report)).toMatchObject({ notes: report.notes });
		const drawn = GEXF.replace('<node id="g2" label="Toulouse Institute">', '<node id="g2" label="Toulouse Institute"><viz:position x="1" y="2"/>').replace(
			'<edge id="e1" source="g1" target="g2" label="Joint research"/>',
			'<edge id="e1" source="g1" target="g2" label="Joint research"><attvalues><attvalue for="strength" value="3"/></attvalues></edge>'
		);
		const second = await runImport(database.db, networkImporter, file('drawn.gexf', drawn), { dryRun: true });
		expect(second.notes).toEqual(
			expect.arrayContaining([expect.stringMatching(/"strength".*edge\(s\) "e1"/), expect.stringMatching(/1 drawing value/)])
		);
	});

	it('reads GraphML', async () => {
		const report = await runImport(database.db, networkImporter, file('net.graphml', GRAPHML));
		expect(importSummary(report)).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: [], notes: [expect.stringMatching(/data key "zz" is not declared.*node\(s\) "m2"/)] });
	});

	it('refuses entity expansion and external entities before parsing', async () => {
		const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><gexf><graph><nodes><node id="a" label="&lol2;"/></nodes></graph></gexf>`;
		const xxe = `<?xml version="1.0"?><!DOCTYPE g [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><graphml><graph><node id="a"><data key="l">&xxe;</data></node></graph></graphml>`;
		await expect(runImport(database.db, networkImporter, file('bomb.gexf', laughs))).rejects.toThrow(/DOCTYPE or entities/);
		await expect(runImport(database.db, networkImporter, file('xxe.graphml', xxe))).rejects.toThrow(/DOCTYPE or entities/);
	});

	it('imports relations by name, slug and external id, reporting unknown actors, self-loops and duplicates', async () => {
		const csv = [
			'from,to,type,label',
			'Tooling Cluster,manchester-business-school,partner-in,Mini MBA',
			'kumu:k-3,Chip Academy,collaborates-with,',
			'Tooling Cluster,Nobody Ltd,funds,',
			'Tooling Cluster,Tooling Cluster,funds,',
			'Tooling Cluster,manchester-business-school,partner-in,Mini MBA',
			'Universidad Laboral,Tooling Cluster,funds,',
			'Tooling Cluster,Chip Academy,owns,'
		].join('\n');
		const report = await runImport(database.db, relationImporter, file('rel.csv', csv));
		expect(report.rejected.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
		expect(report.rejected.map((r) => r.reason)).toEqual([
			'to: unknown actor "Nobody Ltd"',
			expect.stringMatching(/itself/),
			expect.stringMatching(/duplicate/),
			'from: unknown actor "Universidad Laboral"',
			expect.stringMatching(/unknown relation type "owns"/)
		]);
		expect(report.created + report.updated + report.unchanged).toBe(2);
	});

	it.each(['kumu-json', 'kumu-xlsx', 'gexf', 'graphml'])('exports %s that the importer reads back without loss', async (format) => {
		const before = await counts(database);
		const exported = await networkExporter.export(database.db, format);
		expect(exported.count).toBe(before.actors);
		const reimport = await runImport(database.db, networkImporter, file(`export.${exported.extension}`, exported.body));
		expect(importSummary(reimport)).toEqual({ created: 0, updated: 0, unchanged: before.actors + before.relations, rejected: [] });
		const fresh = await createTestDatabase(engine);
		try {
			const copy = await runImport(fresh.db, networkImporter, file(`export.${exported.extension}`, exported.body));
			expect(copy.rejected).toEqual([]);
			expect(await counts(fresh)).toEqual(before);
			const original = await database.db.selectFrom('actor').select(['name', 'type', 'country', 'city', 'languages', 'categories', 'website', 'extra']).orderBy('name').orderBy('city').execute();
			const copied = await fresh.db.selectFrom('actor').select(['name', 'type', 'country', 'city', 'languages', 'categories', 'website', 'extra']).orderBy('name').orderBy('city').execute();
			expect(copied).toEqual(original);
		} finally {
			await fresh.dispose();
		}
	});

	it('exports actors as XLSX and reads them back unchanged', async () => {
		const exported = await actorFileExporter.export(database.db, 'xlsx');
		const report = await runImport(database.db, actorFileImporter, file('actors.xlsx', exported.body));
		expect(report.format).toBe('xlsx');
		expect(importSummary(report)).toEqual({ created: 0, updated: 0, unchanged: exported.count, rejected: [] });
	});
});
