/** `atlas import resources` / `atlas export resources` as an operator runs them, with the ksp seed records. */
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'ksp');
const seed000 = join(fixtures, '000_802ab1f774fc2461.txt');
const seed003 = join(fixtures, '003_1e5d83f6ed596a3a.txt');
const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-resources-'));
const envFor = (name: string, extra: Record<string, string> = {}) => ({ ...process.env, ATLAS_DATA_DIR: join(dir, name), DATABASE_URL: '', ...extra });
/** Runs `atlas` without blocking the test worker (spawnSync would starve Vitest's heartbeat). */
const atlas = (env: NodeJS.ProcessEnv, ...args: string[]) =>
	new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'bin/atlas.mjs'), ...args], { cwd: root, env, timeout: 180_000 });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every `atlas` run starts Node, tsx and PGlite: several seconds each on a small machine.
describe('atlas import resources', { timeout: 240_000 }, () => {
	const env = envFor('plain');

	it('imports both ksp seed records as published records; a second run changes nothing', async () => {
		for (const path of [seed000, seed003]) {
			const first = await atlas(env, 'import', 'resources', path, '--json');
			expect(first.stderr).toMatch(/1 rows read as ksp/);
			expect(first.status).toBe(0);
			expect(lastJson(first.stdout)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [] });
			const again = await atlas(env, 'import', 'resources', path, '--json');
			expect(again.status).toBe(0);
			expect(lastJson(again.stdout)).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: [] });
		}
		const exported = await atlas(env, 'export', 'resources', '--format', 'json');
		expect(exported.status).toBe(0);
		const items = JSON.parse(exported.stdout).items as { title: string; type: string; topics: string[]; language: string; publisher: string }[];
		expect(items.find((item) => item.title.startsWith('Skills development for industrial clusters'))).toMatchObject({ type: 'research-paper', topics: ['Other topic'], language: 'en', publisher: 'ILO' });
		expect(items.find((item) => item.title.startsWith('ILO and the Government of Norway'))).toMatchObject({ type: 'promotional-material', topics: ['Lifelong learning'], language: 'en', publisher: 'ILO' });
	});

	it('exits 3 when some rows are rejected (a BibTeX syntax error), 1 when nothing can be read (RIS without TY)', async () => {
		const bib = join(dir, 'refs.bib');
		writeFileSync(bib, '@report{ok, title={Cluster skills survey}, year=2020, langid={english}}\n@article{broken, title={Unclosed, year=2021\n');
		const mixed = await atlas(env, 'import', 'resources', bib, '--json');
		expect(mixed.status).toBe(3);
		expect(lastJson(mixed.stdout)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [{ row: 2, reason: expect.stringMatching(/^BibTeX syntax error at line \d+, column \d+/) }] });
		const ris = join(dir, 'orphan.ris');
		writeFileSync(ris, 'TI  - A record without its type\nER  - \n');
		const orphan = await atlas(env, 'import', 'resources', ris);
		expect(orphan.status).toBe(1);
		expect(orphan.stderr).toMatch(/not a RIS file.*TY/);
	});

	it('dry-runs a CSV without writing, and refuses a file over the size limit before reading it', async () => {
		const csv = join(dir, 'new.csv');
		writeFileSync(csv, 'title,language,type\nDry run record,es,Herramientas y guías\n');
		const dry = await atlas(env, 'import', 'resources', csv, '--dry-run');
		expect(dry.status).toBe(0);
		expect(dry.stdout).toMatch(/Dry run.*1 created/);
		expect((await atlas(env, 'export', 'resources', '--format', 'csv')).stdout).not.toContain('Dry run record');
		const big = join(dir, 'big.csv');
		writeFileSync(big, 'title,language,type\n' + 'x,en,research-paper\n'.repeat(40_000));
		const refused = await atlas(envFor('plain', { ATLAS_UPLOAD_LIMIT_MB: '0.5' }), 'import', 'resources', big);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/limit is 0\.5 MB/);
	});

	it('exports RIS and BibTeX files with -o', async () => {
		const ris = join(dir, 'library.ris');
		expect((await atlas(env, 'export', 'resources', '--format', 'ris', '-o', ris)).status).toBe(0);
		expect(readFileSync(ris, 'utf8')).toMatch(/^TY {2}- RPRT$/m);
		const bib = join(dir, 'library.bib');
		expect((await atlas(env, 'export', 'resources', '--format', 'bibtex', '-o', bib)).status).toBe(0);
		expect(readFileSync(bib, 'utf8')).toContain('Cluster skills survey');
	});
});

describe('atlas import resources on the demo data', { timeout: 240_000 }, () => {
	const env = envFor('demo');

	it('updates the demo copy of a seed record instead of doubling it', async () => {
		expect((await atlas(env, 'demo')).status).toBe(0);
		const first = await atlas(env, 'import', 'resources', seed000, '--json');
		expect(first.status).toBe(0);
		expect(lastJson(first.stdout)).toMatchObject({ created: 0, rejected: [] });
		const items = JSON.parse((await atlas(env, 'export', 'resources', '--format', 'json')).stdout).items as { title: string }[];
		expect(items.filter((item) => item.title === 'Skills development for industrial clusters: A preliminary review')).toHaveLength(1);
		expect(lastJson((await atlas(env, 'import', 'resources', seed000, '--json')).stdout)).toEqual({ created: 0, updated: 0, unchanged: 1, rejected: [] });
	});
});
