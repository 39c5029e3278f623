/**
 * The `isco` vocabulary: the 619 ISCO-08 groups from the ESCO v1.1.1 CSV edition kept in
 * ./data (see ATTRIBUTION.md). English only: the other languages repeat the English label
 * and the concept says so with `labelsFallback`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { projectPath } from '../paths';
import type { Concept } from './types';

export const ISCO_CSV_PATH = 'src/lib/server/vocab/data/isco-groups.csv';

interface IscoRow {
	ORIGINURI: string;
	CODE: string;
	PREFERREDLABEL: string;
	ALTLABELS: string;
	DESCRIPTION: string;
}

/** ISCO levels: 1 major, 2 sub-major, 3 minor, 4 unit group; the code length tells. */
export type IscoLevel = 1 | 2 | 3 | 4;

/** Reads and parses the CSV; the registry calls it once, on first use. */
export function loadIscoGroups(csvPath = projectPath(ISCO_CSV_PATH)): Concept[] {
	const rows = parse(readFileSync(csvPath), { columns: true, skip_empty_lines: true, bom: true, trim: false }) as IscoRow[];
	const concepts = rows.map((row): Concept => {
		const code = row.CODE.trim();
		if (!/^\d{1,4}$/.test(code)) throw new Error(`ISCO file ${csvPath}: unexpected code "${row.CODE}".`);
		const label = row.PREFERREDLABEL.trim();
		// ESCO separates alternative labels with line breaks.
		const alternatives = row.ALTLABELS.split(/\r?\n/).map((value) => value.trim()).filter((value) => value && value !== label);
		const concept: Concept = {
			code,
			labels: { en: label, es: label, fr: label, pt: label },
			labelsFallback: true,
			extra: { level: code.length as IscoLevel, uri: row.ORIGINURI.trim(), description: { en: row.DESCRIPTION.trim() } }
		};
		if (code.length > 1) concept.parent = code.slice(0, -1);
		if (alternatives.length > 0) concept.altLabels = { en: alternatives };
		return concept;
	});
	return concepts.sort((a, b) => a.code.localeCompare(b.code));
}
