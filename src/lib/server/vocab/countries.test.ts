import { describe, expect, it } from 'vitest';
import { concepts, iloRegionOfCountry, label, lookup, LOCALES } from './index';

const ILO_REGIONS = ['africa', 'americas', 'arab-states', 'asia-pacific', 'europe-central-asia'];

describe('country vocabulary', () => {
	it('gives every country an ILO region and four non-empty labels', () => {
		const countries = concepts('country');
		expect(countries.length).toBeGreaterThanOrEqual(249);
		for (const country of countries) {
			expect(country.code, country.code).toMatch(/^[A-Z]{2}$/);
			expect(ILO_REGIONS, country.code).toContain(country.extra?.iloRegion);
			for (const locale of LOCALES) expect(country.labels[locale].trim(), `${country.code} ${locale}`).not.toBe('');
		}
	});

	it('reads EL as Greece and UK as the United Kingdom', () => {
		expect(lookup('country', 'EL')?.code).toBe('GR');
		expect(lookup('country', 'el')?.code).toBe('GR');
		expect(lookup('country', 'UK')?.code).toBe('GB');
	});

	it('knows Kosovo as XK', () => {
		expect(lookup('country', 'XK')?.labels.en).toBe('Kosovo');
		expect(label('country', 'XK', 'fr')).toBe('Kosovo');
		expect(iloRegionOfCountry('XK')).toBe('europe-central-asia');
	});

	it('reads alpha-3 codes and names in the four languages, without caring for case or accents', () => {
		expect(lookup('country', 'GRC')?.code).toBe('GR');
		expect(lookup('country', 'deu')?.code).toBe('DE');
		expect(lookup('country', 'grece')?.code).toBe('GR');
		expect(lookup('country', 'Grécia')?.code).toBe('GR');
		expect(lookup('country', 'ALEMANIA')?.code).toBe('DE');
		expect(lookup('country', 'Côte d’Ivoire')?.code).toBe('CI');
		expect(lookup('country', "Cote d'Ivoire")?.code).toBe('CI');
		expect(lookup('country', 'Turkey')?.code).toBe('TR');
		expect(lookup('country', 'Estados Unidos')?.code).toBe('US');
	});

	it('places territories and borderline countries in the expected ILO region', () => {
		const regions = Object.fromEntries(['RE', 'EG', 'MA', 'LB', 'PS', 'TR', 'IL', 'KZ', 'GE', 'IR', 'AF', 'FJ', 'JM', 'GF', 'SA', 'YT'].map((code) => [code, iloRegionOfCountry(code)]));
		expect(regions).toEqual({
			RE: 'africa',
			EG: 'africa',
			MA: 'africa',
			LB: 'arab-states',
			PS: 'arab-states',
			TR: 'europe-central-asia',
			IL: 'europe-central-asia',
			KZ: 'europe-central-asia',
			GE: 'europe-central-asia',
			IR: 'asia-pacific',
			AF: 'asia-pacific',
			FJ: 'asia-pacific',
			JM: 'americas',
			GF: 'americas',
			SA: 'arab-states',
			YT: 'africa'
		});
	});

	it('names the two Congos correctly in Portuguese', () => {
		expect(label('country', 'CD', 'pt')).toBe('República Democrática do Congo');
		expect(label('country', 'CG', 'pt')).toBe('República do Congo');
	});

	it('lists the Arab States exactly', () => {
		const arabStates = concepts('country')
			.filter((country) => country.extra?.iloRegion === 'arab-states')
			.map((country) => country.code)
			.sort();
		expect(arabStates).toEqual(['AE', 'BH', 'IQ', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'YE']);
	});
});
