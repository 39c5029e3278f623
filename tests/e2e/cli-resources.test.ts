/** `atlas import resources` / `atlas export resources` as an operator runs them, with the ksp seed records. */
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'ksp');
const seed000 = join(fixtures, '000_802ab1f774fc2461.txt');
const seed003 = join(fixtures, '003_1e5d83f6ed596a3a.txt');
const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-resources-'));
const envFor = (name: string, extra: Record<string, string> = {}) => ({ ...process.env, ATLAS_DATA_DIR: join(dir, name), DATABASE_URL: '', ...extra });
const atlas = (env: NodeJS.ProcessEnv, ...args: string[]) =>
	spawnSync(process.execPath, [join(root, 'bin/atlas.mjs'), ...args], { cwd: root, env, encoding: 'utf8', timeout: 180_000 });
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every `atlas` run starts Node, tsx and PGlite: several seconds each on a small machine.
describe('atlas import resources', { timeout: 240_000 }, () => {
	const env = envFor('plain');

	it('imports both ksp seed records as published records; a second run changes nothing', () => {
		for (const path of [seed000, seed003]) {
			const first = atlas(env, 'import', 'resources', path, '--json');
			expect(first.stderr).toMatch(/1 rows read as ksp/);
			expect(first.status).toBe(0);
			expect(lastJson(first.stdout)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [] });
			const again = atlas(env, 'import', 'resources', path, '--json');
			expect(again.status).toBe(0);
			expect(lastJson(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: [] });
		}
		const exported = atlas(env, 'export', 'resources', '--format', 'json');
		expect(exported.status).toBe(0);
		const items = JSON.parse(exported.stdout).items as { title: string; type: string; topics: string[]; language: string; publisher: string }[];
		expect(items.find((item) => item.title.startsWith('Skills development for industrial clusters'))).toMatchObject({ type: 'research-paper', topics: ['Other topic'], language: 'en', publisher: 'ILO' });
		expect(items.find((item) => item.title.startsWith('ILO and the Government of Norway'))).toMatchObject({ type: 'promotional-material', topics: ['Lifelong learning'], language: 'en', publisher: 'ILO' });
	});

	it('exits 3 when some rows are rejected (a BibTeX syntax error), 1 when nothing can be read (RIS without TY)', () => {
		const bib = join(dir, 'refs.bib');
		writeFileSync(bib, '@report{ok, title={Cluster skills survey}, year=2020, langid={english}}\n@article{broken, title={Unclosed, year=2021\n');
		const mixed = atlas(env, 'import', 'resources', bib, '--json');
		expect(mixed.status).toBe(3);
		expect(lastJson(mixed.stdout)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [{ row: 2, reason: expect.stringMatching(/^BibTeX syntax error at line \d+, column \d+/) }] });
		const ris = join(dir, 'orphan.ris');
		writeFileSync(ris, 'TI  - A record without its type\nER  - \n');
		const orphan = atlas(env, 'import', 'resources', ris);
		expect(orphan.status).toBe(1);
		expect(orphan.stderr).toMatch(/not a RIS file.*TY/);
	});

	it('dry-runs a CSV without writing, and refuses a file over the size limit before reading it', () => {
		const csv = join(dir, 'new.csv');
		writeFileSync(csv, 'title,language,type\nDry run record,es,Herramientas y guías\n');
		const dry = atlas(env, 'import', 'resources', csv, '--dry-run');
		expect(dry.status).toBe(0);
		expect(dry.stdout).toMatch(/Dry run.*1 created/);
		expect(atlas(env, 'export', 'resources', '--format', 'csv').stdout).not.toContain('Dry run record');
		const big = join(dir, 'big.csv');
		writeFileSync(big, 'title,language,type\n' + 'x,en,research-paper\n'.repeat(40_000));
		const refused = atlas(envFor('plain', { ATLAS_UPLOAD_LIMIT_MB: '0.5' }), 'import', 'resources', big);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/limit is 0\.5 MB/);
	});

	it('exports RIS and BibTeX files with -o', () => {
		const ris = join(dir, 'library.ris');
		expect(atlas(env, 'export', 'resources', '--format', 'ris', '-o', ris).status).toBe(0);
		expect(readFileSync(ris, 'utf8')).toMatch(/^TY {2}- RPRT$/m);
		const bib = join(dir, 'library.bib');
		expect(atlas(env, 'export', 'resources', '--format', 'bibtex', '-o', bib).status).toBe(0);
		expect(readFileSync(bib, 'utf8')).toContain('Cluster skills survey');
	});
});

describe('atlas import resources on the demo data', { timeout: 240_000 }, () => {
	const env = envFor('demo');

	it('updates the demo copy of a seed record instead of doubling it', () => {
		expect(atlas(env, 'demo').status).toBe(0);
		const first = atlas(env, 'import', 'resources', seed000, '--json');
		expect(first.status).toBe(0);
		expect(lastJson(first.stdout)).toMatchObject({ created: 0, rejected: [] });
		const items = JSON.parse(atlas(env, 'export', 'resources', '--format', 'json').stdout).items as { title: string }[];
		expect(items.filter((item) => item.title === 'Skills development for industrial clusters: A preliminary review')).toHaveLength(1);
		expect(lastJson(atlas(env, 'import', 'resources', seed000, '--json').stdout)).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: [] });
	});
});
