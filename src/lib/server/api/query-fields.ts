/**
 * zod pieces for query-string filters shared by the directory, matchmaking and posts:
 * a parameter that may be repeated, and a whole number with a default.
 */
import { z } from 'zod';

/** One value or several (a repeated query parameter); blanks and repeats are dropped. */
export const repeatableParam = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((value) => {
		const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
		return [...new Set(values.map((item) => item.trim()).filter((item) => item.length > 0))];
	})
	.pipe(z.array(z.string().max(100)).max(50, 'at most 50 values'));

/** A whole number from `min` to `max`, given as text or number; `fallback` when absent or blank. */
export const wholeNumberParam = (fallback: number, max: number, min = 1) =>
	z
		.union([z.string(), z.number()])
		.optional()
		.transform((value) => (value === undefined || value === '' ? fallback : Number(value)))
		.pipe(z.number({ error: 'a whole number' }).int('a whole number').min(min, `at least ${min}`).max(max, `at most ${max}`));
