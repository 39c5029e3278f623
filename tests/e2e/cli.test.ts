/** The `atlas` command as an operator runs it: exit codes, --json, --dry-run, export. */
import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
const env = { ...process.env, ATLAS_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
const atlas = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/atlas.mjs'), ...args], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas import / export', () => {
	const csv = join(dir, 'actors.csv');
	writeFileSync(csv, 'name,type,country\nAlpha Training,vet-provider,PT\nBeta Cluster,cluster-organisation,XK\nGamma,no-such-type,PT\n');

	it('reports rows, prints one JSON object last, and exits 3 when some rows are rejected', () => {
		const result = atlas('import', 'actors', csv, '--json');
		expect(result.status).toBe(3);
		const last = result.stdout.trim().split('\n').pop()!;
		expect(JSON.parse(last)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: [{ row: 4, reason: expect.stringContaining('type') }] });
	});

	it('re-importing the same file changes nothing; --dry-run writes nothing', () => {
		const again = atlas('import', 'actors', csv, '--json');
		expect(JSON.parse(again.stdout.trim().split('\n').pop()!)).toMatchObject({ created: 0, unchanged: 2 });
		const newFile = join(dir, 'new.csv');
		writeFileSync(newFile, 'name,type\nDelta Ministry,government\n');
		const dry = atlas('import', 'actors', newFile, '--dry-run');
		expect(dry.status).toBe(0);
		expect(dry.stdout).toMatch(/Dry run.*1 created/);
		const exported = atlas('export', 'actors', '--format', 'csv');
		expect(exported.stdout).not.toContain('Delta Ministry');
		expect(exported.stdout).toContain('Alpha Training');
	});

	it('exits 1 with --strict on a rejection, on an unreadable file and on an unknown kind', () => {
		expect(atlas('import', 'actors', csv, '--strict').status).toBe(1);
		const missing = atlas('import', 'actors', join(dir, 'nope.csv'));
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/no such file/);
		expect(atlas('import', 'widgets', csv).stderr).toMatch(/unknown kind "widgets"/);
	});

	it('refuses a file over the size limit before reading it', () => {
		const big = join(dir, 'big.csv');
		writeFileSync(big, 'name,type\n' + 'x,ngo\n'.repeat(200_000));
		const result = spawnSync(process.execPath, [join(root, 'bin/atlas.mjs'), 'import', 'actors', big], {
			cwd: root,
			env: { ...env, ATLAS_UPLOAD_LIMIT_MB: '0.5' },
			encoding: 'utf8'
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/limit is 0\.5 MB/);
	});

	it('writes an export file with -o', () => {
		const out = join(dir, 'out.json');
		expect(atlas('export', 'actors', '--format', 'json', '-o', out).status).toBe(0);
		const data = JSON.parse(readFileSync(out, 'utf8'));
		expect(data.formatVersion).toBe(1);
		expect(data.items.map((a: { name: string }) => a.name)).toContain('Beta Cluster');
	});
});
