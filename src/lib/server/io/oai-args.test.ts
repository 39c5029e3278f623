import { describe, expect, it } from 'vitest';
import {
	OaiError,
	decodeResumptionToken,
	encodeResumptionToken,
	formatDatestamp,
	harvestWindow,
	isIsoInstant,
	parseOaiArguments,
	parseOaiDate,
	type ResumptionState
} from './oai-args';

const codeOf = (call: () => unknown) => {
	try {
		call();
		return undefined;
	} catch (error) {
		return error instanceof OaiError ? error.code : String(error);
	}
};

describe('OAI arguments', () => {
	it('accepts each verb with its own arguments', () => {
		expect(parseOaiArguments(new URLSearchParams('verb=GetRecord&identifier=a&metadataPrefix=oai_dc'))).toEqual({
			verb: 'GetRecord',
			args: { identifier: 'a', metadataPrefix: 'oai_dc' }
		});
		expect(parseOaiArguments([['verb', 'ListSets']]).args).toEqual({});
		expect(parseOaiArguments([['verb', 'ListRecords'], ['resumptionToken', 'x']]).args).toEqual({ resumptionToken: 'x' });
	});

	it('tells badVerb from badArgument', () => {
		expect(codeOf(() => parseOaiArguments([]))).toBe('badVerb');
		expect(codeOf(() => parseOaiArguments([['verb', 'listrecords']]))).toBe('badVerb');
		expect(codeOf(() => parseOaiArguments([['verb', 'Identify'], ['verb', 'ListSets']]))).toBe('badVerb');
		expect(codeOf(() => parseOaiArguments([['verb', 'ListSets'], ['set', 'type']]))).toBe('badArgument');
		expect(codeOf(() => parseOaiArguments([['verb', 'ListRecords'], ['metadataPrefix', '']]))).toBe('badArgument');
		expect(codeOf(() => parseOaiArguments([['verb', 'ListRecords'], ['resumptionToken', 'x'], ['set', 'type']]))).toBe('badArgument');
		expect(codeOf(() => parseOaiArguments([['verb', 'GetRecord'], ['metadataPrefix', 'oai_dc']]))).toBe('badArgument');
	});
});

describe('OAI dates', () => {
	it('reads both granularities in UTC and refuses anything else', () => {
		expect(parseOaiDate('2024-02-29', 'from')).toEqual({ date: new Date('2024-02-29T00:00:00Z'), granularity: 'day' });
		expect(parseOaiDate('2024-02-29T23:59:59Z', 'from').granularity).toBe('seconds');
		for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '2024-01-01T00:00:00', '2024-01-01T00:00:00.5Z', '2024-01-01T24:00:00Z', 'yesterday']) {
			expect(codeOf(() => parseOaiDate(bad, 'from')), bad).toBe('badArgument');
		}
	});

	it('widens until to the end of its granule and checks the window', () => {
		expect(harvestWindow('2024-01-01', '2024-01-31')).toEqual({ from: '2024-01-01T00:00:00.000Z', untilExclusive: '2024-02-01T00:00:00.000Z' });
		expect(harvestWindow(undefined, '2024-01-31T10:00:00Z')).toEqual({ untilExclusive: '2024-01-31T10:00:01.000Z' });
		expect(harvestWindow('2024-01-01', '2024-01-01')).toEqual({ from: '2024-01-01T00:00:00.000Z', untilExclusive: '2024-01-02T00:00:00.000Z' });
		// Bounds stay inside what PostgreSQL can read (years 0001 to 9999).
		expect(harvestWindow('0000-01-01', '9999-12-31')).toEqual({ from: '0001-01-01T00:00:00.000Z', untilExclusive: '9999-12-31T23:59:59.999Z' });
		expect(codeOf(() => harvestWindow('2024-01-02', '2024-01-01'))).toBe('badArgument');
		expect(codeOf(() => harvestWindow('2024-01-01', '2024-01-02T00:00:00Z'))).toBe('badArgument');
	});

	it('writes datestamps to the second, truncated', () => {
		expect(formatDatestamp('2024-05-06T07:08:09.999999Z')).toBe('2024-05-06T07:08:09Z');
		expect(formatDatestamp(new Date('2024-05-06T07:08:09.999Z'))).toBe('2024-05-06T07:08:09Z');
		expect(isIsoInstant('2024-05-06T07:08:09.123456Z')).toBe(true);
		expect(isIsoInstant('2024-02-30T07:08:09Z')).toBe(false);
	});
});

describe('resumption tokens', () => {
	const state: ResumptionState = {
		v: 1,
		verb: 'ListRecords',
		metadataPrefix: 'oai_dc',
		from: '2024-01-01T00:00:00.000Z',
		set: 'category:1',
		snapshot: '2025-01-01T00:00:00.000Z',
		after: { datestamp: '2024-06-01T10:00:00.123456Z', id: '00000000-0000-4000-8000-000000000001' },
		cursor: 100,
		completeListSize: 250,
		expires: Date.parse('2025-01-02T00:00:00Z')
	};
	const now = new Date('2025-01-01T12:00:00Z');

	it('round-trips through a URL-safe token', () => {
		const token = encodeResumptionToken(state);
		expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeResumptionToken(token, 'ListRecords', now)).toEqual(state);
	});

	it('refuses garbled, foreign, tampered and expired tokens', () => {
		const token = encodeResumptionToken(state);
		const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
		for (const bad of [
			'',
			'not a token',
			token.slice(0, -5),
			encode({ ...state, after: { ...state.after, datestamp: '2024-02-30T00:00:00Z' } }),
			encode({ ...state, after: { ...state.after, id: "1'; drop table resource; --" } }),
			encode({ ...state, cursor: -1 }),
			encode([1, 2])
		]) {
			expect(codeOf(() => decodeResumptionToken(bad, 'ListRecords', now)), bad).toBe('badResumptionToken');
		}
		expect(codeOf(() => decodeResumptionToken(token, 'ListIdentifiers', now))).toBe('badResumptionToken');
		expect(codeOf(() => decodeResumptionToken(token, 'ListRecords', new Date('2025-01-03T00:00:00Z')))).toBe('badResumptionToken');
	});
});
