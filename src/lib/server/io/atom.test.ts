import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describeFeedFilters, libraryAtomFeed, libraryFeedTitle, type AtomResource } from './atom';

const resource: AtomResource = {
	id: '00000000-0000-4000-8000-000000000001',
	slug: 'a-record',
	title: 'A <script>x</script> title ]]> with \u0002 a control character',
	abstract: '**Bold** words & <b>tags</b>',
	type: 'case-study',
	categories: ['1'],
	authors: [],
	publisher: 'ILO & partners',
	publishedAt: new Date('2025-01-02T03:04:05Z')
};

describe('libraryAtomFeed', () => {
	it('writes well-formed Atom whose HTML fields show the text literally', () => {
		const xml = libraryAtomFeed({
			origin: 'https://atlas.example.org',
			selfUrl: 'https://atlas.example.org/library/feed.atom?q=%3Cb%3E',
			pageUrl: 'https://atlas.example.org/library?q=%3Cb%3E',
			filters: { q: '<b>' },
			resources: [resource]
		});
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(xml).not.toMatch(/<script|<b>|\u0002/);
		const entry = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml).feed.entry;
		expect(entry.title['#text']).toBe('A &lt;script&gt;x&lt;/script&gt; title ]]&gt; with  a control character');
		expect(entry.summary['#text']).toBe('Bold words &amp; &lt;b&gt;tags&lt;/b&gt;');
		expect(entry.author.name).toBe('ILO & partners');
		expect(entry.id).toBe(`urn:uuid:${resource.id}`);
		expect(entry.updated).toBe('2025-01-02T03:04:05.000Z');
	});

	it('names the filters in the title with vocabulary labels', () => {
		expect(libraryFeedTitle({})).toBe('Skills Atlas: new in the library');
		expect(describeFeedFilters({ q: ' dual ', language: ['fr'], category: ['1', '2'], region: ['africa'], publisher: ['ILO'] })).toBe(
			'“dual”, French, Work-based learning or Recognition of skills, Africa, ILO'
		);
	});
});
