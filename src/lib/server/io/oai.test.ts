import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { respondToOai, type OaiRecordStore } from './oai';
import type { OaiResource } from './oai-dc';
import { OaiPmh, collect, oaiErrorCode, startOaiServer, type OaiTestServer } from '../../../../tests/helpers/oai-harvester';

const NOW = new Date('2025-03-01T12:00:00Z');

function resource(n: number, overrides: Partial<OaiResource> = {}): OaiResource {
	return {
		id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		slug: `record-${n}`,
		title: `Record ${n}`,
		abstract: `Abstract **${n}**.`,
		language: 'en',
		type: n % 2 ? 'case-study' : 'research-paper',
		categories: n % 2 ? ['1'] : ['2', '3'],
		topics: [],
		countries: ['SN'],
		publisher: 'ILO',
		authors: ['Ada Lovelace'],
		year: 2020,
		url: '',
		doi: '',
		licence: '',
		datestamp: `2025-01-0${n}T10:00:00.000000Z`,
		...overrides
	};
}

const RECORDS = [
	resource(1, { title: 'Apprenticeships <script>alert("x")</script> & more', doi: 'https://doi.org/10.1234/abc', url: 'https://example.org/r1' }),
	resource(2),
	resource(3),
	resource(4),
	resource(5, { language: 'es', title: 'Aprendizaje dual', licence: 'CC BY 4.0' })
];

/** The store's contract over an array (datestamps here are whole seconds). */
function memoryStore(records: OaiResource[]): OaiRecordStore {
	const time = (value: string) => Date.parse(value);
	const selected = (filter: Parameters<OaiRecordStore['count']>[0]) =>
		records
			.filter((record) => time(record.datestamp) <= time(filter.snapshot))
			.filter((record) => !filter.from || time(record.datestamp) >= time(filter.from))
			.filter((record) => !filter.untilExclusive || time(record.datestamp) < time(filter.untilExclusive))
			.filter((record) => {
				const set = filter.set;
				if (!set) return true;
				if (set.kind === 'type') return !set.code || record.type === set.code;
				return set.code ? record.categories.includes(set.code) : record.categories.length > 0;
			})
			.sort((a, b) => time(a.datestamp) - time(b.datestamp) || a.id.localeCompare(b.id));
	return {
		earliestDatestamp: async () => records.map((record) => record.datestamp).sort()[0] ?? null,
		count: async (filter) => selected(filter).length,
		list: async (filter, after, limit) =>
			selected(filter)
				.filter((record) => !after || time(record.datestamp) > time(after.datestamp) || (record.datestamp === after.datestamp && record.id > after.id))
				.slice(0, limit),
		find: async (id) => records.find((record) => record.id === id)
	};
}

const store = memoryStore(RECORDS);
const BASE = 'https://atlas.example.org/oai';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

async function ask(query: string, options = {}) {
	const response = await respondToOai(store, new URLSearchParams(query), BASE, { now: () => NOW, pageSize: 2, ...options });
	return { response, xml: parser.parse(response.body)['OAI-PMH'] };
}

describe('OAI-PMH responses', () => {
	it('wraps every answer in the OAI-PMH envelope with responseDate and the echoed request', async () => {
		const { response, xml } = await ask('verb=Identify');
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
		expect(response.body).toContain('xmlns="http://www.openarchives.org/OAI/2.0/"');
		expect(response.body).toContain('xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"');
		expect(xml.responseDate).toBe('2025-03-01T12:00:00Z');
		expect(xml.request).toEqual({ '#text': BASE, '@verb': 'Identify' });
		expect(xml.Identify.granularity).toBe('YYYY-MM-DDThh:mm:ssZ');
		expect(xml.Identify.earliestDatestamp).toBe('2025-01-01T10:00:00Z');
		expect(xml.Identify.description['oai-identifier'].sampleIdentifier).toMatch(/^oai:atlas\.example\.org:resource\//);
	});

	it.each([
		['', 'badVerb'],
		['verb=Dance', 'badVerb'],
		['verb=Identify&verb=Identify', 'badVerb'],
		['verb=Identify&extra=1', 'badArgument'],
		['verb=ListRecords', 'badArgument'],
		['verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc', 'badArgument'],
		['verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc', 'badArgument'],
		['verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-01-02T00:00:00Z', 'badArgument'],
		['verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-01&until=2025-01-01', 'badArgument'],
		['verb=ListRecords&metadataPrefix=oai_dc&from=2025-02-30', 'badArgument'],
		['verb=ListRecords&metadataPrefix=oai_dc&set=type:nothing', 'badArgument'],
		['verb=GetRecord&identifier=x', 'badArgument'],
		['verb=ListRecords&metadataPrefix=marc21', 'cannotDisseminateFormat'],
		['verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:atlas.example.org:resource/nope', 'idDoesNotExist'],
		['verb=ListMetadataFormats&identifier=oai:elsewhere.org:resource/00000000-0000-4000-8000-000000000001', 'idDoesNotExist'],
		['verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01', 'noRecordsMatch'],
		['verb=ListIdentifiers&resumptionToken=%%%', 'badResumptionToken'],
		['verb=ListSets&resumptionToken=abc', 'badResumptionToken']
	])('answers %s with %s', async (query, code) => {
		const { xml } = await ask(query);
		expect(xml.error['@code']).toBe(code);
		expect(xml.error['#text']).toBeTruthy();
		// After badVerb and badArgument the request element is the base URL alone.
		if (code === 'badVerb' || code === 'badArgument') expect(xml.request).toBe(BASE);
		else expect(xml.request['@verb']).toBeTruthy();
	});

	it('refuses a token used with another verb, and an expired one', async () => {
		const first = await ask('verb=ListIdentifiers&metadataPrefix=oai_dc');
		const token = first.xml.ListIdentifiers.resumptionToken['#text'];
		expect((await ask(`verb=ListRecords&resumptionToken=${token}`)).xml.error['@code']).toBe('badResumptionToken');
		const later = new Date(NOW.getTime() + 25 * 3600_000);
		expect((await ask(`verb=ListIdentifiers&resumptionToken=${token}`, { now: () => later })).xml.error['@code']).toBe('badResumptionToken');
		expect((await ask(`verb=ListIdentifiers&resumptionToken=${token}`)).xml.ListIdentifiers.header).toHaveLength(2);
	});

	it('counts the pages: completeListSize, cursor, and an empty token on the last page', async () => {
		const cursors: string[] = [];
		let query = 'verb=ListIdentifiers&metadataPrefix=oai_dc';
		for (;;) {
			const { xml } = await ask(query);
			const token = xml.ListIdentifiers.resumptionToken;
			expect(token['@completeListSize']).toBe('5');
			cursors.push(token['@cursor']);
			if (!token['#text']) break;
			query = `verb=ListIdentifiers&resumptionToken=${token['#text']}`;
		}
		expect(cursors).toEqual(['0', '2', '4']);
		// A list that fits in one page has no token at all.
		const { xml } = await ask('verb=ListIdentifiers&metadataPrefix=oai_dc&set=category:2');
		expect(xml.ListIdentifiers.resumptionToken).toBeUndefined();
	});
});

describe('a harvest by the oai-pmh npm client', () => {
	let server: OaiTestServer;
	let client: InstanceType<typeof OaiPmh>;
	beforeAll(async () => {
		// Pages of 3 over 5 records: the client cannot read a page of exactly one record (see the helper).
		server = await startOaiServer((params, baseUrl) => respondToOai(store, params, baseUrl, { now: () => NOW, pageSize: 3 }));
		client = new OaiPmh(server.baseUrl, { retry: false });
	});
	afterAll(() => server.close());

	it('parses Identify, ListMetadataFormats and ListSets', async () => {
		const identify = await client.identify();
		expect(identify.repositoryName).toBe('Skills Atlas');
		expect(identify.baseURL).toBe(server.baseUrl);
		expect(identify.deletedRecord).toBe('no');
		expect((await client.listMetadataFormats()).metadataPrefix).toBe('oai_dc');
		const sets = await collect(client.listSets());
		expect(sets.map((set) => set.setSpec)).toContain('type:case-study');
		expect(sets.find((set) => set.setSpec === 'category:1').setName).toBe('Work-based learning');
	});

	it('harvests every record once across resumption tokens, titles as plain text', async () => {
		const records = await collect(client.listRecords({ metadataPrefix: 'oai_dc' }));
		expect(records.map((record) => record.header.identifier)).toEqual(RECORDS.map((record) => `oai:127.0.0.1:resource/${record.id}`));
		const first = records[0].metadata['oai_dc:dc'];
		expect(first['dc:title']._).toBe('Apprenticeships <script>alert("x")</script> & more');
		expect(first['dc:identifier']).toEqual([server.baseUrl.replace(/\/oai$/, '/library/record-1'), 'info:doi/10.1234/abc', 'https://example.org/r1']);
		expect(first['dc:description']._).toBe('Abstract 1.');
		expect(first['dc:type']).toContainEqual({ _: 'Case studies and good practices', $: { 'xml:lang': 'en' } });
		expect(first['dc:coverage']._).toBe('Senegal');
		const spanish = records[4].metadata['oai_dc:dc'];
		expect(spanish['dc:subject']).toContainEqual({ _: 'Aprendizaje en el trabajo', $: { 'xml:lang': 'es' } });
		expect(spanish['dc:rights']).toBe('CC BY 4.0');
		expect(server.requests.filter((params) => params.has('resumptionToken'))).toHaveLength(1);
	});

	it('reports OAI errors as the client understands them', async () => {
		expect(await oaiErrorCode(() => client.getRecord('oai:127.0.0.1:resource/nope', 'oai_dc'))).toBe('idDoesNotExist');
		expect(await oaiErrorCode(() => collect(client.listRecords({ metadataPrefix: 'mods' })))).toBe('cannotDisseminateFormat');
	});
});
