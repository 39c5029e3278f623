import { describe, expect, it } from 'vitest';
import { concepts, lookup } from './index';

describe('ISCO-08 vocabulary', () => {
	it('has the 619 groups: 10 major, 43 sub-major, 130 minor, 436 unit', () => {
		const groups = concepts('isco');
		expect(groups).toHaveLength(619);
		const byLevel = [1, 2, 3, 4].map((level) => groups.filter((group) => group.extra?.level === level).length);
		expect(byLevel).toEqual([10, 43, 130, 436]);
	});

	it('derives the parent from the code', () => {
		const group = lookup('isco', '2511');
		expect(group?.parent).toBe('251');
		expect(group?.labels.en).toBe('Systems analysts');
		expect(lookup('isco', '2')?.parent).toBeUndefined();
		const codes = new Set(concepts('isco').map((entry) => entry.code));
		for (const entry of concepts('isco')) if (entry.parent) expect(codes.has(entry.parent), entry.code).toBe(true);
	});

	it('falls back to English labels and says so', () => {
		const group = lookup('isco', '25');
		expect(group?.labelsFallback).toBe(true);
		expect(group?.labels.es).toBe(group?.labels.en);
	});

	it('keeps codes with a leading zero and finds groups by English label', () => {
		expect(lookup('isco', '0110')?.extra?.level).toBe(4);
		expect(lookup('isco', 'software developers')?.code).toBe('2512');
	});
});
