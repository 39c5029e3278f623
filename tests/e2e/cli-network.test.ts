/** `atlas import network|relations` and `atlas export network` as an operator runs them: exit codes and --json. */
import { describe, it, expect, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-network-'));
const env = { ...process.env, ATLAS_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
/** Runs the command without blocking the test worker (the ECHE import takes a while). */
function atlas(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'bin/atlas.mjs'), ...args], { cwd: root, env, timeout: 180_000 });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}
const summary = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);
const kumu = join(root, 'tests', 'fixtures', 'network', 'kumu.json');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('atlas import network', () => {
	it('imports a Kumu blueprint, lists rejected rows and exits 3; a re-import changes nothing', async () => {
		const first = await atlas('import', 'network', kumu, '--json');
		expect(first.status).toBe(3);
		expect(summary(first.stdout)).toMatchObject({ created: 8, updated: 0, unchanged: 0 });
		expect(summary(first.stdout).rejected.map((r: { row: number }) => r.row)).toEqual([5, 8, 9, 10, 11]);
		const again = await atlas('import', 'network', kumu, '--json');
		expect(summary(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
	});

	it('exits 0 when every row is imported and 1 with --strict on a rejection', async () => {
		const clean = join(dir, 'clean.json');
		writeFileSync(clean, JSON.stringify({ elements: [{ id: 'c1', label: 'Clean One', type: 'ngo' }, { id: 'c2', label: 'Clean Two', type: 'ngo' }], connections: [{ from: 'c1', to: 'c2', type: 'mentors' }] }));
		const ok = await atlas('import', 'network', clean, '--json');
		expect(ok.status).toBe(0);
		expect(summary(ok.stdout)).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: [] });
		expect((await atlas('import', 'network', kumu, '--strict')).status).toBe(1);
	});

	it('exits 1 on an XML file with entity declarations, naming the reason', async () => {
		const bomb = join(dir, 'bomb.gexf');
		writeFileSync(bomb, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><gexf><graph><nodes><node id="n" label="&a;"/></nodes></graph></gexf>');
		const result = await atlas('import', 'network', bomb, '--json');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/DOCTYPE or entities/);
	});

	it('exports GEXF that imports back unchanged', async () => {
		const out = join(dir, 'network.gexf');
		expect((await atlas('export', 'network', '--format', 'gexf', '-o', out)).status).toBe(0);
		expect(readFileSync(out, 'utf8')).toContain('Aragon Training Cluster');
		const back = await atlas('import', 'network', out, '--json');
		expect(back.status).toBe(0);
		expect(summary(back.stdout)).toMatchObject({ created: 0, updated: 0, rejected: [] });
	});

	it('imports relations by name and reports unknown actors (exit 3)', async () => {
		const csv = join(dir, 'relations.csv');
		writeFileSync(csv, 'from,to,type\nClean One,Skills Bureau,collaborates-with\nClean One,Nobody,funds\n');
		const result = await atlas('import', 'relations', csv, '--json');
		expect(result.status).toBe(3);
		expect(summary(result.stdout)).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: [{ row: 3, reason: 'to: unknown actor "Nobody"' }] });
	});

	it('imports the ECHE list as actors without --format', { timeout: 180_000 }, async () => {
		const result = await atlas('import', 'actors', join(root, 'tests', 'fixtures', 'eche', 'eche-institutions.csv'), '--json');
		expect(result.status).toBe(0);
		expect(summary(result.stdout)).toEqual({ created: 5912, updated: 0, unchanged: 0, rejected: [] });
	});
});
