import { describe, it, expect } from 'vitest';
import { collectMessages, LOCALES } from './merge-messages.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('UI messages', () => {
	it('exist in English, Spanish, French and Portuguese with no key missing or doubled', () => {
		const { merged, problems } = collectMessages(root);
		expect(problems).toEqual([]);
		const english = Object.keys(merged.en).sort();
		expect(english.length).toBeGreaterThan(50);
		for (const locale of LOCALES) {
			expect(Object.keys(merged[locale]).sort()).toEqual(english);
			for (const [key, text] of Object.entries(merged[locale])) expect(text, `${locale}.${key}`).not.toBe('');
		}
	});

	it('keep the same placeholders in every language', () => {
		const { merged } = collectMessages(root);
		const placeholders = (text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
		for (const key of Object.keys(merged.en)) {
			for (const locale of LOCALES) expect(placeholders(merged[locale][key]), `${locale}.${key}`).toBe(placeholders(merged.en[key]));
		}
	});

	it('are all used through Paraglide: every m.key in the source exists', () => {
		const { merged } = collectMessages(root);
		const used = new Set();
		const walk = (dir) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				if (entry.name === 'paraglide') continue;
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (/\.(svelte|ts)$/.test(entry.name)) {
					for (const match of readFileSync(path, 'utf8').matchAll(/(?<![\w/$.])m\.([a-z][a-z0-9_]*)\(/g)) used.add(match[1]);
				}
			}
		};
		walk(join(root, 'src'));
		const missing = [...used].filter((key) => !(key in merged.en));
		expect(missing).toEqual([]);
	});
});
