import { describe, it, expect } from 'vitest';
import { highwireMeta, jsonForScript, plainExcerpt, presentFacets, resourceJsonLd, type ResourceDetail } from './present';
import type { ResourceFilters } from './search-queries';

const noFilters: ResourceFilters = { type: [], language: [], category: [], country: [], region: [], year: [], publisher: [], topic: [] };

const record: ResourceDetail = {
	id: '4a5b6c7d-0000-4000-8000-000000000001',
	workId: '4a5b6c7d-0000-4000-8000-000000000002',
	slug: 'a-title',
	status: 'published',
	title: 'A title </script><script>alert(1)</script> & more',
	abstract: 'Text',
	language: 'en',
	type: 'research-paper',
	categories: ['1'],
	countries: [],
	regions: [],
	topics: ['Apprenticeships'],
	targetGroups: [],
	authors: ['James Wilson', 'International Labour Office'],
	year: 2021,
	publisher: 'ILO',
	publisherActor: null,
	url: '',
	doi: '10.1234/x',
	licence: '',
	concepts: [],
	publishedAt: null,
	createdAt: null,
	updatedAt: null,
	pdfUrl: null,
	versions: [{ id: 'v', slug: 'un-titre', title: 'Un titre', language: 'fr', type: 'research-paper', year: 2021 }],
	related: []
};

describe('jsonForScript', () => {
	it('cannot close the script element and still parses to the same value', () => {
		const value = { title: record.title, odd: 'a\u2028b <!-- c --> &amp;' };
		const text = jsonForScript(value);
		expect(text).not.toMatch(/<|>|&|\u2028/);
		expect(JSON.parse(text)).toEqual(value);
	});
});

describe('resourceJsonLd and highwireMeta', () => {
	it('describe the record for schema.org and Zotero', () => {
		const data = resourceJsonLd(record, 'https://atlas.example/library/a-title', 'Text', ['Apprenticeships'], (slug) => `https://atlas.example/library/${slug}`);
		expect(data).toMatchObject({ '@type': 'ScholarlyArticle', name: record.title, inLanguage: 'en', datePublished: '2021' });
		expect(data.author).toEqual([
			{ '@type': 'Person', name: 'James Wilson' },
			{ '@type': 'Organization', name: 'International Labour Office' }
		]);
		expect(data.workTranslation).toEqual([{ '@type': 'CreativeWork', '@id': 'https://atlas.example/library/un-titre', inLanguage: 'fr', name: 'Un titre' }]);
		const meta = highwireMeta(record, 'https://atlas.example/library/a-title', 'https://atlas.example/library/a-title/file');
		expect(meta).toContainEqual(['citation_title', record.title]);
		expect(meta.filter(([name]) => name === 'citation_author')).toHaveLength(2);
		expect(meta).toContainEqual(['citation_publication_date', '2021']);
		expect(meta).toContainEqual(['citation_doi', '10.1234/x']);
		expect(meta).toContainEqual(['citation_pdf_url', 'https://atlas.example/library/a-title/file']);
		expect(highwireMeta(record, 'x', null).some(([name]) => name === 'citation_pdf_url')).toBe(false);
	});
});

describe('presentFacets', () => {
	it('labels values in the locale, sorts by count, keeps selected values even without hits', () => {
		const facets = presentFacets(
			[
				{ facet: 'category', value: '6', count: 2 },
				{ facet: 'category', value: '1', count: 5 },
				{ facet: 'year', value: '2019', count: 9 },
				{ facet: 'year', value: '2021', count: 1 }
			],
			{ ...noFilters, language: ['pt'] },
			'es'
		);
		expect(facets.category.map((entry) => [entry.value, entry.label, entry.count])).toEqual([
			['1', 'Aprendizaje en el trabajo', 5],
			['6', 'Impartición de la formación', 2]
		]);
		expect(facets.year.map((entry) => entry.value)).toEqual(['2021', '2019']);
		expect(facets.language).toEqual([{ value: 'pt', label: 'Portugués', count: 0, selected: true }]);
		expect(facets.publisher).toEqual([]);
	});
});

describe('plainExcerpt', () => {
	it('drops Markdown and cuts at a word', () => {
		expect(plainExcerpt('**Bold** [link](https://x.org) and\n\n- item')).toBe('Bold link and item');
		const long = plainExcerpt('word '.repeat(100), 40);
		expect(long.length).toBeLessThanOrEqual(42);
		expect(long.endsWith(' …')).toBe(true);
	});
});
