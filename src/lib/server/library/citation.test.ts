import { describe, it, expect } from 'vitest';
import { citationDisposition, cslName, formatCitation } from './citation';
import type { ResourceDetail } from './present';

const record: ResourceDetail = {
	id: '4a5b6c7d-0000-4000-8000-000000000001',
	workId: '4a5b6c7d-0000-4000-8000-000000000002',
	slug: 'supporting-skills-for-industry',
	status: 'published',
	title: 'Supporting skills for industry through clusters',
	abstract: 'Skills **shortages** are local. <script>alert(1)</script>',
	language: 'en',
	type: 'research-paper',
	categories: ['5'],
	countries: ['ES'],
	regions: ['europe-central-asia'],
	topics: ['Clusters'],
	targetGroups: [],
	authors: ['James Wilson', 'International Labour Office', 'Cruz, Ana María'],
	year: 2020,
	publisher: 'European Cluster Collaboration Platform',
	publisherActor: null,
	url: 'https://example.org/report',
	doi: '10.1234/abcd.5678',
	licence: 'CC BY 4.0',
	concepts: [],
	publishedAt: '2020-05-01T00:00:00.000Z',
	createdAt: null,
	updatedAt: null,
	pdfUrl: null,
	versions: [],
	related: []
};

describe('cslName', () => {
	it('splits personal names and keeps organisations whole', () => {
		expect(cslName('James Wilson')).toEqual({ given: 'James', family: 'Wilson' });
		expect(cslName('Cruz, Ana María')).toEqual({ family: 'Cruz', given: 'Ana María' });
		expect(cslName('Ana María de la Cruz')).toEqual({ given: 'Ana María', family: 'de la Cruz' });
		expect(cslName('International Labour Office')).toEqual({ literal: 'International Labour Office' });
		expect(cslName('ILO')).toEqual({ literal: 'ILO' });
	});
});

describe('formatCitation', () => {
	it('writes RIS with type, title, authors, year and DOI lines', () => {
		const ris = formatCitation(record, 'ris');
		const lines = ris.split(/\r?\n/);
		expect(lines[0]).toMatch(/^TY {2}- \w+/);
		expect(lines).toContain('TI  - Supporting skills for industry through clusters');
		expect(lines).toContain('AU  - Wilson, James');
		expect(lines).toContain('AU  - International Labour Office');
		expect(lines.some((line) => /^PY {2}- 2020/.test(line))).toBe(true);
		expect(lines).toContain('DO  - 10.1234/abcd.5678');
		expect(lines.some((line) => /^ER {2}-/.test(line))).toBe(true);
		// The abstract travels as plain text (Markdown removed); a .ris file is data, never HTML.
		expect(lines).toContain('AB  - Skills shortages are local. <script>alert(1)</script>');
	});

	it('writes BibTeX with an entry, its title, authors and year', () => {
		const bib = formatCitation(record, 'bib');
		expect(bib).toMatch(/^@\w+\{[^,]+,/m);
		expect(bib).toMatch(/title = \{Supporting skills for industry through clusters\}/);
		expect(bib).toMatch(/author = \{Wilson, James and \{International Labour Office\} and Cruz, Ana Mar/);
		expect(bib).toMatch(/year = \{2020\}/);
		expect(bib).toMatch(/doi = \{10\.1234\/abcd\.5678\}/);
	});

	it('writes CSL-JSON that parses back', () => {
		const [item] = JSON.parse(formatCitation(record, 'csl.json'));
		expect(item.title).toBe(record.title);
		expect(item.DOI).toBe(record.doi);
		expect(item.issued).toEqual({ 'date-parts': [[2020]] });
		expect(item.author[0]).toEqual({ given: 'James', family: 'Wilson' });
		expect(item.abstract).toBe('Skills shortages are local. <script>alert(1)</script>');
	});

	it('uses the page address when the record has none, and names the file after the slug', () => {
		const ris = formatCitation({ ...record, url: '' }, 'ris', 'https://atlas.example/library/x');
		expect(ris).toContain('UR  - https://atlas.example/library/x');
		expect(citationDisposition(record, 'csl.json')).toBe('attachment; filename="supporting-skills-for-industry.csl.json"');
	});
});
