import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKsp, looksLikeKsp, primaryType } from './ksp';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../../tests/fixtures/ksp', name), 'utf8');

describe('ksp record text', () => {
	it('reads seed 000: two types (filed as a research paper), topic without description, two-paragraph abstract', () => {
		const text = fixture('000_802ab1f774fc2461.txt');
		expect(looksLikeKsp(text)).toBe(true);
		const record = parseKsp(text);
		expect(record.title).toBe('Skills development for industrial clusters: A preliminary review');
		expect(record.language).toBe('en');
		expect(record.publisher).toBe('ILO');
		expect(record.publisherDescription).toMatch(/^The International Labour Organization is the tripartite/);
		expect(record.topics).toEqual(['Other topic']);
		expect(record.types).toEqual(['case-study', 'research-paper']);
		expect(record.type).toBe('research-paper');
		expect(record.typeDescriptions['research-paper']).toMatch(/^Working papers, reports/);
		expect(record.abstract).toMatch(/^The study highlights the significant role of skills/);
		expect(record.abstract.split('\n\n')).toHaveLength(2);
		expect(record.abstract).not.toContain('Working papers, reports');
	});

	it('reads seed 003: blank lines, a topic with its description, one type, a list in the abstract', () => {
		const record = parseKsp(fixture('003_1e5d83f6ed596a3a.txt'));
		expect(record.title).toMatch(/^ILO and the Government of Norway sign/);
		expect(record.topics).toEqual(['Lifelong learning']);
		expect(record.topicDescriptions['Lifelong learning']).toMatch(/^There is a critical need/);
		expect(record.types).toEqual(['promotional-material']);
		expect(record.type).toBe('promotional-material');
		expect(record.abstract).toMatch(/^Through this lightly earmarked contribution/);
		expect(record.abstract).toContain('through:\n\n- Providing timely');
		expect(record.abstract).toContain('challenges.\n\nIt will continue');
		expect(record.abstract).not.toContain('Presentations, discussion papers');
	});

	it('accepts a record in Spanish with several topics and CRLF line ends', () => {
		const text = [
			'Guía de aprendizaje dual',
			'Español',
			'OIT',
			'La Organización Internacional del Trabajo es la agencia tripartita de la ONU.',
			'Aprendizaje',
			'Juventud',
			'Herramientas y guías',
			'Manuales y metodologías para practicantes.',
			'Una guía práctica.'
		].join('\r\n');
		const record = parseKsp(text);
		expect(record).toMatchObject({ language: 'es', publisher: 'OIT', topics: ['Aprendizaje', 'Juventud'], type: 'tool-guideline', abstract: 'Una guía práctica.' });
	});

	it('names what is missing or unknown', () => {
		expect(() => parseKsp('')).toThrow(/title/);
		expect(() => parseKsp('Title\nKlingon\nILO\nAbout\nResearch papers\nBlurb\nText')).toThrow(/language: unknown language "Klingon"/);
		expect(() => parseKsp('Title\nEnglish\nILO\nAbout the ILO.\nSome topic\nAbstract text.')).toThrow(/type: no line names a resource type/);
		expect(looksLikeKsp('title,language,type\nA,en,research-paper\n')).toBe(false);
	});

	it('files a record with several types under the most specific one', () => {
		expect(primaryType(['case-study', 'promotional-material'])).toBe('promotional-material');
		expect(primaryType(['case-study'])).toBe('case-study');
	});
});
