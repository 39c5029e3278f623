import { describe, it, expect } from 'vitest';
import { parseBibtex, splitBibtex, toBibtex, looksLikeBibtex } from './bibtex';
import { fieldsFromCsl, cslFromRecord, guessLanguage, type CslItem } from './citation-records';

const BIB = `% exported by Zotero
@string{ilo = "International Labour Office"}

@techreport{ilo2019apprenticeships,
  title = {Quality apprenticeships: {A} toolkit},
  author = {Smith, Jane and {International Labour Office}},
  institution = ilo,
  year = {2019},
  type = {Tools and guidelines},
  doi = {https://doi.org/10.1234/ABC.9},
  url = {https://www.ilo.org/qa},
  langid = {english},
  keywords = {apprenticeship, youth},
  abstract = {How to run (good) apprenticeships: <script>alert(1)</script>}
}

@article{broken,
  title = {Missing brace,
  year = 2020

@book{libro2021,
  title = {Formación dual en la industria},
  author = {García, María},
  publisher = {OIT/Cinterfor},
  year = 2021,
  abstract = {Una guía para los centros de formación y las empresas del sector.}
}
`;

describe('BibTeX', () => {
	it('cuts entries, keeping @string macros and surviving an unclosed entry', () => {
		const { entries, macros } = splitBibtex(BIB);
		expect(entries.map((entry) => entry.line)).toEqual([4, 17, 21]);
		expect(macros).toContain('@string{ilo');
		expect(looksLikeBibtex(BIB)).toBe(true);
		expect(looksLikeBibtex('title,year\nA,2020')).toBe(false);
	});

	it('reads good entries and rejects a syntax error with its line', () => {
		const parsed = parseBibtex(BIB);
		expect(parsed).toHaveLength(3);
		expect(parsed[1]).toMatchObject({ row: 17 });
		expect(parsed[1].error).toMatch(/^BibTeX syntax error at line \d+, column \d+/);
		const first = fieldsFromCsl(parsed[0].item!);
		expect(first).toMatchObject({
			title: 'Quality apprenticeships: A toolkit',
			type: 'tool-guideline',
			language: 'english',
			year: 2019,
			publisher: 'International Labour Office',
			authors: ['Smith, Jane', 'International Labour Office'],
			topics: ['apprenticeship', 'youth'],
			url: 'https://www.ilo.org/qa'
		});
		expect(first.doi).toMatch(/10\.1234\/abc\.9/i);
		expect(first.abstract).toContain('<script>alert(1)</script>');
		const second = fieldsFromCsl(parsed[2].item!);
		expect(second).toMatchObject({ type: 'research-paper', language: 'es', languageGuessed: true, year: 2021 });
	});

	it('refuses a file without any entry', () => {
		expect(() => parseBibtex('just some text')).toThrow(/No BibTeX entry/);
	});

	it('writes records that read back the same', () => {
		const record = {
			slug: 'a-guide',
			title: 'A guide',
			abstract: 'Para one.\n\nPara two.',
			language: 'fr',
			type: 'case-study',
			topics: ['Clusters', 'Lifelong learning'],
			authors: ['Dupont, Anne', 'OIT'],
			year: 2022,
			publisher: 'OIT',
			url: 'https://example.org/g',
			doi: '10.5555/xyz'
		};
		const text = toBibtex([cslFromRecord(record)]);
		const back = fieldsFromCsl(parseBibtex(text)[0].item as CslItem);
		expect(back).toMatchObject({ title: 'A guide', type: 'case-study', language: 'fr', topics: record.topics, authors: record.authors, year: 2022, publisher: 'OIT', url: record.url, doi: record.doi });
	});

	it('guesses the language of a text in the four languages, or says it cannot', () => {
		expect(guessLanguage('The role of skills in the development of clusters')).toBe('en');
		expect(guessLanguage('El papel de las competencias en el desarrollo de los clústeres')).toBe('es');
		expect(guessLanguage('Le rôle des compétences dans le développement des grappes')).toBe('fr');
		expect(guessLanguage('O papel das competências no desenvolvimento dos clusters')).toBe('pt');
		expect(guessLanguage('Skills')).toBeNull();
	});
});
