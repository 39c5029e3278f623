/**
 * The built server over HTTP, on each engine: start-up (migrations, demo, admin),
 * languages, security headers, the API conventions and bad start-up input.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './server';
import { testEngines } from '../helpers/db';

const root = join(import.meta.dirname, '..', '..');

describe.each(testEngines())('server on %s', (engine) => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer({ engine });
	});
	afterAll(() => server?.stop());

	it('loads the demo network and prints the first admin once', async () => {
		expect(server.output()).toMatch(/Demo network loaded: \d+ organisations/);
		expect(server.admin?.email).toContain('@');
		expect(server.admin?.password.length).toBeGreaterThanOrEqual(16);
	});

	it('serves the home page with live counts in four languages', async () => {
		const english = await (await fetch(server.url + '/')).text();
		expect(english).toContain('<html lang="en"');
		const overview = await (await fetch(server.url + '/api/v1/overview')).json();
		expect(overview.actors).toBeGreaterThan(20);
		expect(english).toContain(`${overview.actors} organisations`);
		for (const [locale, word] of [['es', 'organizaciones'], ['fr', 'organisations'], ['pt', 'organizações']]) {
			const page = await (await fetch(`${server.url}/${locale}/`)).text();
			expect(page).toContain(`<html lang="${locale}"`);
			expect(page).toContain(word);
		}
	});

	it('picks the language from Accept-Language on a first visit', async () => {
		const response = await fetch(server.url + '/', { headers: { 'accept-language': 'pt-BR,pt;q=0.9' }, redirect: 'manual' });
		if (response.status >= 300 && response.status < 400) expect(response.headers.get('location')).toMatch(/\/pt\/?$/);
		else expect(await response.text()).toContain('<html lang="pt"');
	});

	it('sends the security headers', async () => {
		const response = await fetch(server.url + '/');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).not.toMatch(/https?:\/\//);
	});

	it('answers API errors in the one shape', async () => {
		const missing = await fetch(server.url + '/api/v1/vocabularies/no-such-vocabulary');
		expect(missing.status).toBe(404);
		expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
		const me = await fetch(server.url + '/api/v1/me');
		expect(me.status).toBe(401);
		expect(await me.json()).toMatchObject({ error: { code: 'unauthenticated' } });
		const badToken = await fetch(server.url + '/api/v1/me', { headers: { authorization: 'Bearer atl_forged' } });
		expect(badToken.status).toBe(401);
	});

	it('serves vocabularies, the OpenAPI document and its docs page', async () => {
		const list = await (await fetch(server.url + '/api/v1/vocabularies')).json();
		expect(list.items.map((v: { name: string }) => v.name)).toContain('skills-category');
		const categories = await (await fetch(server.url + '/api/v1/vocabularies/skills-category?lang=es')).json();
		expect(categories.items).toHaveLength(9);
		const openapi = await (await fetch(server.url + '/api/v1/openapi.json')).json();
		expect(openapi.openapi).toBe('3.1.0');
		expect(Object.keys(openapi.paths)).toContain('/api/v1/vocabularies/{name}');
		const docs = await (await fetch(server.url + '/api/docs')).text();
		expect(docs).toContain('/api/v1/vocabularies');
		expect(docs).not.toMatch(/<script[^>]+src="https?:/);
	});

	it('refuses a forged cross-site form post', async () => {
		const response = await fetch(server.url + '/sign-in', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
			body: 'email=a%40b.org&password=whatever'
		});
		expect(response.status).toBe(403);
	});

	it('treats SQL and script in the search box as plain text', async () => {
		const response = await fetch(server.url + "/search?q=" + encodeURIComponent("'; drop table actor; -- <script>alert(1)</script>"));
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).not.toContain('<script>alert(1)</script>');
		const overview = await (await fetch(server.url + '/api/v1/overview')).json();
		expect(overview.actors).toBeGreaterThan(20);
	});
});

describe('start-up problems are reported in one line', () => {
	const run = (env: Record<string, string>) =>
		spawnSync(process.execPath, [join(root, 'bin/atlas.mjs'), 'migrate'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });

	it('DATABASE_URL pointing nowhere', () => {
		const result = run({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/Cannot connect to the PostgreSQL server/);
		expect(result.stderr).not.toContain('secret');
	});

	it('a corrupt data folder is reported and left alone', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-corrupt-'));
		mkdirSync(join(dir, 'pg'));
		writeFileSync(join(dir, 'pg', 'garbage'), 'not a database');
		const result = run({ ATLAS_DATA_DIR: dir, DATABASE_URL: '' });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/not a database|could not be opened/);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		const again = spawnSync('ls', [join(dir, 'pg')], { encoding: 'utf8' });
		expect(again.stdout.trim()).toBe('garbage');
		rmSync(dir, { recursive: true, force: true });
	});

	it('a data folder locked by a running process is reported', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-locked-'));
		writeFileSync(join(dir, 'atlas.lock'), String(process.pid));
		const result = run({ ATLAS_DATA_DIR: dir, DATABASE_URL: '' });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(new RegExp(`in use by process ${process.pid}`));
		rmSync(dir, { recursive: true, force: true });
	});
});
