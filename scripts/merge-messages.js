// Merges messages/src/<area>.json (each holding every locale) into
// messages/<locale>.json, the files Paraglide compiles. Areas keep helpers and
// features from editing one huge file; a key defined twice is an error.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOCALES = ['en', 'es', 'fr', 'pt'];

/** Reads every area file and returns { locale: { key: text } } plus the problems found. */
export function collectMessages(root) {
	const srcDir = join(root, 'messages', 'src');
	const merged = Object.fromEntries(LOCALES.map((l) => [l, {}]));
	const owner = {};
	const problems = [];
	for (const file of readdirSync(srcDir).filter((f) => f.endsWith('.json')).sort()) {
		const area = JSON.parse(readFileSync(join(srcDir, file), 'utf8'));
		for (const locale of LOCALES) {
			const texts = area[locale] ?? {};
			for (const [key, text] of Object.entries(texts)) {
				if (locale === 'en' && owner[key]) problems.push(`${key} is defined in ${owner[key]} and ${file}`);
				if (locale === 'en') owner[key] = file;
				merged[locale][key] = text;
			}
		}
		const keysOf = (l) => Object.keys(area[l] ?? {}).sort().join('\n');
		for (const locale of LOCALES.slice(1)) {
			const missing = Object.keys(area.en ?? {}).filter((k) => !(k in (area[locale] ?? {})));
			const extra = Object.keys(area[locale] ?? {}).filter((k) => !(k in (area.en ?? {})));
			if (missing.length) problems.push(`${file}: ${locale} lacks ${missing.join(', ')}`);
			if (extra.length) problems.push(`${file}: ${locale} has keys English lacks: ${extra.join(', ')}`);
			void keysOf;
		}
	}
	return { merged, problems };
}

/** Writes messages/<locale>.json; throws when a key is missing in a locale or defined twice. */
export function mergeMessages(root) {
	const { merged, problems } = collectMessages(root);
	if (problems.length) throw new Error('UI messages are inconsistent:\n' + problems.join('\n'));
	mkdirSync(join(root, 'messages'), { recursive: true });
	for (const locale of LOCALES) {
		const body = { $schema: 'https://inlang.com/schema/inlang-message-format', ...merged[locale] };
		const target = join(root, 'messages', `${locale}.json`);
		const text = JSON.stringify(body, null, '\t') + '\n';
		let old = '';
		try {
			old = readFileSync(target, 'utf8');
		} catch {
			/* first run */
		}
		if (old !== text) writeFileSync(target, text);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	mergeMessages(join(dirname(fileURLToPath(import.meta.url)), '..'));
}
