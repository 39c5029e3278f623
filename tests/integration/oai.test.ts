import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { OaiPmh, collect, oaiErrorCode, startOaiServer, type OaiTestServer, type Parsed } from '../helpers/oai-harvester';
import { loadDemo } from '../../src/lib/server/demo';
import { upsertResource } from '../../src/lib/server/library/service';
import { handleOaiRequest, type OaiOptions } from '../../src/lib/server/io/oai';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['record', 'header', 'setSpec'].includes(name) });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const uuidOf = (identifier: string) => identifier.replace(/^.*:resource\//, '');

/** Three records moved to fixed datestamps, for from/until. */
const DATED = ['2020-01-01T00:00:00Z', '2020-01-02T12:00:00Z', '2020-01-03T00:00:00Z'];

describe.each(testEngines())('OAI-PMH over the demo library on %s', (engine) => {
	let database: TestDatabase;
	let paged: OaiTestServer;
	let whole: OaiTestServer;
	let client: InstanceType<typeof OaiPmh>;
	let wholeClient: InstanceType<typeof OaiPmh>;
	let publishedIds: string[];
	let datedIds: string[];
	let draftId: string;

	const serve = (options: OaiOptions) => startOaiServer((params, baseUrl) => handleOaiRequest(database.db, params, baseUrl, options));
	/** Asks the handler directly and parses the XML (for what the client cannot send or read). */
	const ask = async (query: string, options: OaiOptions = {}) => {
		const response = await handleOaiRequest(database.db, new URLSearchParams(query), paged.baseUrl, options);
		return { response, xml: parser.parse(response.body)['OAI-PMH'] };
	};

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		const draft = await upsertResource(database.db, { title: 'Unpublished draft on dual training', language: 'en', type: 'case-study', categories: ['1'], status: 'draft' });
		draftId = draft.id;
		const rows = await database.db.selectFrom('resource').select(['id']).where('status', '=', 'published').orderBy('id').execute();
		publishedIds = rows.map((row) => row.id);
		datedIds = publishedIds.slice(0, 3);
		// Fixed datestamps for all: the three of DATED, the others a second apart in 2021.
		for (const [index, id] of publishedIds.entries()) {
			const datestamp = DATED[index] ?? new Date(Date.UTC(2021, 5, 1, 0, 0, index)).toISOString();
			await database.db.updateTable('resource').set({ updated_at: datestamp, published_at: datestamp }).where('id', '=', id).execute();
		}
		// Pages of 3 over 20 records end with a page of 2: the client cannot read a page of one.
		paged = await serve({ pageSize: 3 });
		whole = await serve({});
		client = new OaiPmh(paged.baseUrl, { retry: false });
		wholeClient = new OaiPmh(whole.baseUrl, { retry: false });
	});
	afterAll(async () => {
		await paged?.close();
		await whole?.close();
		await database?.dispose();
	});

	it('identifies the repository', async () => {
		const identify = await client.identify();
		expect(identify).toMatchObject({
			repositoryName: 'Skills Atlas',
			baseURL: paged.baseUrl,
			protocolVersion: '2.0',
			earliestDatestamp: '2020-01-01T00:00:00Z',
			deletedRecord: 'no',
			granularity: 'YYYY-MM-DDThh:mm:ssZ'
		});
		expect((await client.listMetadataFormats()).metadataPrefix).toBe('oai_dc');
	});

	it('lists sets per resource type and per skills category with English names', async () => {
		const sets = await collect(client.listSets());
		const names = Object.fromEntries(sets.map((set: Parsed) => [set.setSpec, set.setName]));
		expect(names['type']).toBe('Resource types');
		expect(names['type:case-study']).toBe('Case studies and good practices');
		expect(names['category']).toBe('Skills categories');
		expect(names['category:1']).toBe('Work-based learning');
	});

	it('harvests all 20 published records exactly once across resumption tokens, drafts never', async () => {
		const before = paged.requests.length;
		const records = await collect(client.listRecords({ metadataPrefix: 'oai_dc' }));
		const ids = records.map((record: Parsed) => uuidOf(record.header.identifier));
		expect(ids).toHaveLength(20);
		expect(new Set(ids).size).toBe(20);
		expect([...ids].sort()).toEqual(publishedIds);
		expect(ids).not.toContain(draftId);
		// Oldest first: the three records dated in 2020 open the list.
		expect(records.slice(0, 3).map((record: Parsed) => record.header.datestamp)).toEqual(DATED);
		expect(paged.requests.slice(before).filter((params) => params.has('resumptionToken'))).toHaveLength(6);

		const headers = await collect(client.listIdentifiers({ metadataPrefix: 'oai_dc' }));
		expect(headers.map((header: Parsed) => uuidOf(header.identifier))).toEqual(ids);
	});

	it('describes a record in Dublin Core', async () => {
		const row = await database.db
			.selectFrom('resource')
			.selectAll()
			.where('status', '=', 'published')
			.where('title', '=', 'Supporting skills for industry through clusters')
			.executeTakeFirstOrThrow();
		const identifier = `oai:127.0.0.1:resource/${row.id}`;
		const record = await client.getRecord(identifier, 'oai_dc');
		expect(record.header.identifier).toBe(identifier);
		expect(asArray(record.header.setSpec)).toEqual([`type:${row.type}`, ...row.categories.map((code) => `category:${code}`)]);
		const dc = record.metadata['oai_dc:dc'];
		expect(dc.$['xsi:schemaLocation']).toBe('http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd');
		expect(dc['dc:title']).toEqual({ _: row.title, $: { 'xml:lang': 'en' } });
		expect(asArray(dc['dc:creator'])).toEqual(['James Wilson']);
		expect(dc['dc:publisher']).toBe(row.publisher_name);
		expect(dc['dc:date']).toBe('2020');
		expect(dc['dc:language']).toBe('en');
		expect(asArray(dc['dc:type'])).toEqual([{ _: 'Research papers', $: { 'xml:lang': 'en' } }, 'Text']);
		expect(asArray(dc['dc:identifier'])).toContain(paged.baseUrl.replace(/\/oai$/, `/library/${row.slug}`));
		expect(asArray(dc['dc:identifier'])).toContain(row.url);
		expect(asArray(dc['dc:subject']).length).toBeGreaterThanOrEqual(row.categories.length);
		expect(dc['dc:description']._).not.toMatch(/\*\*|\[.*\]\(/);

		expect(await oaiErrorCode(() => client.getRecord(`oai:127.0.0.1:resource/${draftId}`, 'oai_dc'))).toBe('idDoesNotExist');
		expect((await wholeClient.listMetadataFormats({ identifier })).metadataPrefix).toBe('oai_dc');
	});

	it('filters by set', async () => {
		for (const [spec, where] of [
			['type:case-study', (row: { type: string; categories: string[] }) => row.type === 'case-study'],
			['category:1', (row: { type: string; categories: string[] }) => row.categories.includes('1')],
			['category', (row: { type: string; categories: string[] }) => row.categories.length > 0]
		] as const) {
			const rows = await database.db.selectFrom('resource').select(['id', 'type', 'categories']).where('status', '=', 'published').execute();
			const expected = rows.filter(where).map((row) => row.id).sort();
			expect(expected.length, spec).toBeGreaterThanOrEqual(2);
			const headers = await collect(wholeClient.listIdentifiers({ metadataPrefix: 'oai_dc', set: spec }));
			expect(headers.map((header: Parsed) => uuidOf(header.identifier)).sort(), spec).toEqual(expected);
		}
	});

	it('selects by datestamp with day and seconds granularity', async () => {
		const harvested = async (options: Record<string, string>) =>
			(await collect(wholeClient.listIdentifiers({ metadataPrefix: 'oai_dc', ...options }))).map((header: Parsed) => uuidOf(header.identifier));
		expect(await harvested({ from: '2020-01-01', until: '2020-01-02' })).toEqual(datedIds.slice(0, 2));
		expect(await harvested({ from: '2020-01-02T12:00:00Z', until: '2020-01-03T00:00:00Z' })).toEqual(datedIds.slice(1, 3));
		expect(await harvested({ until: '2020-12-31' })).toEqual(datedIds);
		expect(await harvested({ from: '2020-01-03T00:00:01Z' })).toHaveLength(17);
		expect(await harvested({ from: '0000-01-01', until: '9999-12-31' })).toHaveLength(20);
		// One record: read directly (the client cannot read a list of one).
		const { xml } = await ask('verb=ListIdentifiers&metadataPrefix=oai_dc&until=2020-01-02T11:59:59Z');
		expect(xml.ListIdentifiers.header.map((header: Parsed) => uuidOf(header.identifier))).toEqual([datedIds[0]]);
	});

	it('answers every OAI error code', async () => {
		expect(await oaiErrorCode(() => collect(client.listRecords({ metadataPrefix: 'oai_dc', until: '2019-12-31' })))).toBe('noRecordsMatch');
		expect(await oaiErrorCode(() => collect(client.listRecords({ metadataPrefix: 'oai_dc', from: '31/12/2019' })))).toBe('badArgument');
		expect(await oaiErrorCode(() => collect(client.listRecords({ metadataPrefix: 'oai_dc', set: 'type:novel' })))).toBe('badArgument');
		expect(await oaiErrorCode(() => collect(client.listRecords({ metadataPrefix: 'oai_dc', resumptionToken: 'x' })))).toBe('badArgument');
		expect(await oaiErrorCode(() => collect(client.listRecords({ resumptionToken: 'garbled' })))).toBe('badResumptionToken');
		expect(await oaiErrorCode(() => collect(client.listRecords({ metadataPrefix: 'marcxml' })))).toBe('cannotDisseminateFormat');
		expect(await oaiErrorCode(() => client.getRecord('oai:127.0.0.1:resource/00000000-0000-4000-8000-000000000000', 'oai_dc'))).toBe('idDoesNotExist');
		expect(await oaiErrorCode(() => client.getRecord('not-an-identifier', 'oai_dc'))).toBe('idDoesNotExist');
		for (const query of ['', 'verb=Harvest', 'verb=Identify&verb=ListSets']) {
			const response = await fetch(`${paged.baseUrl}?${query}`);
			expect(response.status).toBe(200);
			const xml = parser.parse(await response.text())['OAI-PMH'];
			expect(xml.error['@code'], query).toBe('badVerb');
			expect(xml.request, query).toBe(paged.baseUrl);
		}
		// The harvester may POST its arguments as a form.
		const posted = await fetch(paged.baseUrl, { method: 'POST', body: 'verb=Identify', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		expect(parser.parse(await posted.text())['OAI-PMH'].Identify.repositoryName).toBe('Skills Atlas');
	});

	it('keeps a harvest stable while records change, and escapes markup in titles', async () => {
		const first = (await ask('verb=ListIdentifiers&metadataPrefix=oai_dc', { pageSize: 5 })).xml.ListIdentifiers;
		const seen: string[] = first.header.map((header: Parsed) => uuidOf(header.identifier));
		expect(first.resumptionToken['@completeListSize']).toBe('20');
		// During the harvest one record already sent changes and a new one is published.
		await database.db.updateTable('resource').set({ updated_at: new Date() }).where('id', '=', seen[0]).execute();
		const title = '<script>alert("oai")</script> Skills & "clusters"';
		// A control character XML cannot carry is dropped, not allowed to break the document.
		const stored = `${title}\u0001`;
		const added = await upsertResource(database.db, { title: stored, language: 'en', type: 'case-study', categories: ['1'], status: 'published' });
		let token: string | undefined = first.resumptionToken['#text'];
		while (token) {
			const { xml } = await ask(`verb=ListIdentifiers&resumptionToken=${encodeURIComponent(token)}`, { pageSize: 5 });
			seen.push(...xml.ListIdentifiers.header.map((header: Parsed) => uuidOf(header.identifier)));
			expect(xml.ListIdentifiers.resumptionToken['@completeListSize']).toBe('20');
			token = xml.ListIdentifiers.resumptionToken['#text'];
		}
		expect(seen).toHaveLength(20);
		expect([...seen].sort()).toEqual(publishedIds);

		// The next incremental harvest sees both changes.
		const { response, xml } = await ask(`verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:127.0.0.1:resource/${added.id}`);
		expect(response.body).toContain('&lt;script&gt;alert("oai")&lt;/script&gt; Skills &amp; "clusters"');
		expect(response.body).not.toContain('<script>');
		expect(xml.GetRecord.record[0].metadata['oai_dc:dc']['dc:title']['#text']).toBe(title);
		const recent = await ask('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2022-01-01');
		expect(recent.xml.ListIdentifiers.header.map((header: Parsed) => uuidOf(header.identifier)).sort()).toEqual([seen[0], added.id].sort());
	});
});
