import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { upsertResource } from '../../src/lib/server/library/service';
import { FEED_SIZE, libraryFeed } from '../../src/lib/server/library/feed';
import { ResourceSearchQuery, searchResources } from '../../src/lib/server/library/search';
import { AppError } from '../../src/lib/server/errors';

const ORIGIN = 'https://atlas.example.org';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'category', 'author', 'link'].includes(name) });

type Entry = {
	id: string;
	title: { '#text': string; '@type': string };
	link: { '@href': string }[];
	updated: string;
	published: string;
	summary?: { '#text': string; '@type': string };
	author?: { name: string }[];
	category: { '@term': string; '@label': string; '@scheme': string }[];
};

describe.each(testEngines())('Atom feed of the library on %s', (engine) => {
	let database: TestDatabase;

	/** The feed for a query string, checked to be well-formed XML, and parsed. */
	const feedFor = async (query: Record<string, string | string[]> = {}) => {
		const search = new URLSearchParams();
		for (const [key, value] of Object.entries(query)) for (const item of [value].flat()) search.append(key, item);
		const selfUrl = `${ORIGIN}/library/feed.atom?${search}`;
		const body = await libraryFeed(database.db, ResourceSearchQuery.parse(query), { origin: ORIGIN, selfUrl, pageUrl: `${ORIGIN}/library?${search}` });
		expect(XMLValidator.validate(body)).toBe(true);
		const feed = parser.parse(body).feed;
		return { body, feed, entries: (feed.entry ?? []) as Entry[] };
	};
	const published = async () => database.db.selectFrom('resource').selectAll().where('status', '=', 'published').execute();

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		// Distinct publication dates, so "newest first" is testable.
		const rows = await database.db.selectFrom('resource').select('id').orderBy('id').execute();
		for (const [index, row] of rows.entries()) {
			await database.db.updateTable('resource').set({ published_at: new Date(Date.UTC(2024, 0, 1 + index)) }).where('id', '=', row.id).execute();
		}
		await upsertResource(database.db, { title: 'Draft never in a feed', language: 'en', type: 'case-study', status: 'draft' });
	});
	afterAll(() => database?.dispose());

	it('lists the published records newest first as valid Atom', async () => {
		const { feed, entries } = await feedFor();
		expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed.title).toBe('Skills Atlas: new in the library');
		expect(feed.id).toBe(`${ORIGIN}/library/feed.atom?`);
		expect(feed.link.map((link: { '@rel': string }) => link['@rel']).sort()).toEqual(['alternate', 'self']);
		expect(entries).toHaveLength((await published()).length);
		const dates = entries.map((entry) => entry.published);
		expect([...dates].sort().reverse()).toEqual(dates);
		expect(feed.updated).toBe(dates[0]);

		const rows = await published();
		for (const entry of entries) {
			const row = rows.find((candidate) => `urn:uuid:${candidate.id}` === entry.id)!;
			expect(row, entry.id).toBeTruthy();
			expect(entry.link[0]['@href']).toBe(`${ORIGIN}/library/${row.slug}`);
			expect(entry.title['@type']).toBe('html');
			expect(entry.summary?.['#text']).toBeTruthy();
			expect(entry.summary?.['#text']).not.toMatch(/\*\*/);
			expect(entry.author?.[0].name).toBe(row.authors[0] ?? row.publisher_name);
			expect(entry.category[0]).toMatchObject({ '@term': row.type, '@scheme': `${ORIGIN}/api/v1/vocabularies/resource-type` });
			expect(entry.category.slice(1).map((category) => category['@term'])).toEqual(row.categories);
		}
	});

	it('applies every filter, alone and combined, as the library search does, and names them in the title', async () => {
		const rows = await published();
		const idsOf = (entries: Entry[]) => entries.map((entry) => entry.id.replace('urn:uuid:', '')).sort();
		const expectIds = (where: (row: (typeof rows)[number]) => boolean) => rows.filter(where).map((row) => row.id).sort();
		const searched = async (query: Record<string, string | string[]>) =>
			(await searchResources(database.db, { ...query, perPage: '100', facets: 'false' })).items.map((item) => item.id).sort();

		const cases: [Record<string, string | string[]>, ((row: (typeof rows)[number]) => boolean) | null][] = [
			[{ type: 'case-study' }, (row) => row.type === 'case-study'],
			[{ lang: 'es' }, (row) => row.language === 'es'],
			[{ lang: ['es', 'fr'] }, (row) => ['es', 'fr'].includes(row.language)],
			[{ category: '1' }, (row) => row.categories.includes('1')],
			[{ country: 'SN' }, (row) => row.countries.includes('SN')],
			[{ region: 'africa' }, (row) => row.regions.includes('africa')],
			[{ year: '2020' }, (row) => row.year === 2020],
			[{ topic: 'lifelong learning' }, (row) => row.topics.some((topic) => topic.toLowerCase() === 'lifelong learning')],
			[{ publisher: 'ILO' }, (row) => row.publisher_name === 'ILO'],
			[{ type: 'research-paper', category: '5' }, (row) => row.type === 'research-paper' && row.categories.includes('5')],
			[{ q: 'clusters' }, null],
			[{ q: 'aprendizaje dual' }, null],
			[{ q: 'apprentissage', lang: 'en' }, null]
		];
		for (const [query, where] of cases) {
			const label = JSON.stringify(query);
			const expected = await searched(query);
			if (where) expect(expected, label).toEqual(expectIds(where));
			expect(expected.length, label).toBeGreaterThan(0);
			expect(expected.length, label).toBeLessThan(rows.length);
			const { entries } = await feedFor(query);
			expect(idsOf(entries), label).toEqual(expected);
		}
		// Cross-language: a Spanish query reaches English records about the same concept.
		const english = rows.filter((row) => row.language === 'en').map((row) => row.id);
		expect(idsOf((await feedFor({ q: 'aprendizaje dual' })).entries).some((id) => english.includes(id))).toBe(true);

		const { feed } = await feedFor({ q: 'skills', lang: 'es', type: 'case-study', country: ['SN', 'GH'], year: '2024' });
		expect(feed.title).toBe('Skills Atlas: new in the library – “skills”, Spanish, Case studies and good practices, Senegal or Ghana, 2024');
		// Labels in any interface language stand for their codes.
		expect(idsOf((await feedFor({ type: 'Estudios de caso y buenas prácticas' })).entries)).toEqual(expectIds((row) => row.type === 'case-study'));
	});

	it('refuses unknown vocabulary values and bad years', async () => {
		await expect(feedFor({ type: 'novel' })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(feedFor({ type: 'novel' })).rejects.toBeInstanceOf(AppError);
		expect(() => ResourceSearchQuery.parse({ year: 'recent' })).toThrow();
	});

	it('keeps markup in titles, abstracts and the search text inert', async () => {
		const title = '<script>alert("feed")</script> Dual training & <b>apprenticeships</b>\u0001';
		const abstract = 'An **abstract** with <img src=x onerror=alert(1)> and ]]> inside.';
		await upsertResource(database.db, { title, abstract, language: 'en', type: 'case-study', categories: ['1'], authors: ['<i>Author</i>'], status: 'published' });
		const searched = await feedFor({ q: '<script>alert(1)</script>' });
		expect(searched.body).not.toMatch(/<script/);
		expect(searched.feed.title).toBe('Skills Atlas: new in the library – “<script>alert(1)</script>”');
		const { body, entries } = await feedFor({ category: '1' });
		expect(body).not.toMatch(/<script|<img|<b>|<i>/);
		const entry = entries.find((candidate) => candidate.title['#text'].includes('Dual training'))!;
		// type="html": the reader decodes the HTML and shows the characters, never runs them.
		expect(entry.title['#text']).toBe('&lt;script&gt;alert(&quot;feed&quot;)&lt;/script&gt; Dual training &amp; &lt;b&gt;apprenticeships&lt;/b&gt;');
		expect(entry.summary?.['#text']).toBe('An abstract with &lt;img src=x onerror=alert(1)&gt; and ]]&gt; inside.');
		expect(entry.author?.[0].name).toBe('<i>Author</i>');
	});

	it(`stops at ${FEED_SIZE} entries`, async () => {
		for (let index = 0; index < FEED_SIZE; index++) {
			await upsertResource(database.db, { title: `Bulk record ${index}`, language: 'en', type: 'statistics', status: 'published' });
		}
		const { entries } = await feedFor();
		expect(entries).toHaveLength(FEED_SIZE);
		const dates = entries.map((entry) => entry.published);
		expect([...dates].sort().reverse()).toEqual(dates);
	});
});
