/**
 * Matchmaking through the built server: the documented endpoint and its errors, the idea
 * endpoint, and the "Find partners" page without JavaScript (a plain GET form), in two
 * languages, with script in the idea kept inert.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from './server';

describe('matchmaking over HTTP', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer();
	});
	afterAll(() => server?.stop());

	it('answers GET /api/v1/actors/{id}/matches as interfaces.md says, by id or slug', async () => {
		const bySlug = await fetch(`${server.url}/api/v1/actors/packaging-cluster/matches?scope=international&limit=4`);
		expect(bySlug.status).toBe(200);
		expect(bySlug.headers.get('content-type')).toContain('application/json');
		const body = await bySlug.json();
		expect(body.items).toHaveLength(4);
		expect(body.scope).toBe('international');
		for (const item of body.items) {
			expect(typeof item.score).toBe('number');
			expect(item.actor.country).not.toBe('ES');
			expect(item.reasons.length).toBeGreaterThan(0);
			expect(item.actor).not.toHaveProperty('contact');
		}
		const profile = await (await fetch(`${server.url}/api/v1/actors/packaging-cluster`)).json();
		const byId = await (await fetch(`${server.url}/api/v1/actors/${profile.id}/matches?scope=international&limit=4&lang=pt`)).json();
		expect(byId.items.map((item: { actor: { id: string } }) => item.actor.id)).toEqual(body.items.map((item: { actor: { id: string } }) => item.actor.id));
		expect(byId.items[0].reasons.map((reason: { text: string }) => reason.text).join(' ')).toMatch(/Ambos|Também|Trabalha|Apresentação/);
	});

	it('names the field of a bad request and hides unknown organisations behind 404', async () => {
		const scope = await fetch(`${server.url}/api/v1/actors/packaging-cluster/matches?scope=galactic`);
		expect(scope.status).toBe(400);
		expect((await scope.json()).error).toMatchObject({ code: 'invalid_input', fields: { scope: expect.any(String) } });
		const limit = await fetch(`${server.url}/api/v1/actors/packaging-cluster/matches?limit=0`);
		expect((await limit.json()).error.fields).toHaveProperty('limit');
		const missing = await fetch(`${server.url}/api/v1/actors/no-such-actor/matches`);
		expect(missing.status).toBe(404);
		expect((await missing.json()).error.code).toBe('not_found');
		const noText = await fetch(`${server.url}/api/v1/matches`);
		expect(noText.status).toBe(400);
	});

	it('suggests organisations for an idea written in Spanish', async () => {
		const response = await fetch(`${server.url}/api/v1/matches?text=${encodeURIComponent('formación dual para jóvenes en América Latina')}&limit=3&lang=es`);
		expect(response.status).toBe(200);
		const body = await response.json();
		expect(body.items).toHaveLength(3);
		expect(body.items[0].actor.categories).toContain('1');
		expect(body.items[0].reasons.some((reason: { code: string; text: string }) => reason.code === 'shared_category' && /Aprendizaje en el trabajo/.test(reason.text))).toBe(true);
	});

	it('serves "Find partners" as a GET form that works without JavaScript, in the reader’s language', async () => {
		const english = await (await fetch(`${server.url}/partners?actor=packaging-cluster&scope=regional`)).text();
		expect(english).toMatch(/<form method="GET"/);
		expect(english).toContain('Both work on');
		expect(english).toContain('Match ');
		const french = await (await fetch(`${server.url}/fr/partners?actor=packaging-cluster`)).text();
		expect(french).toContain('Tous deux');
		const unknown = await (await fetch(`${server.url}/partners?actor=${encodeURIComponent('Nobody Of That Name')}`)).text();
		expect(unknown).toContain('No organisation called');
		const hostile = await (await fetch(`${server.url}/partners?for=idea&idea=${encodeURIComponent('<script>alert(1)</script> apprenticeships')}`)).text();
		expect(hostile).not.toContain('<script>alert(1)');
		expect(hostile).toContain('&lt;script>alert(1)&lt;/script>');
	});

	it('refuses to start with weights it does not understand, naming the variable', () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'atlas-weights-'));
		try {
			const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'bin', 'atlas.mjs'), 'serve', '--no-build'], {
				env: { ...process.env, ATLAS_DATA_DIR: dataDir, ATLAS_MATCH_WEIGHTS: '{"luck":1}', PORT: '3999' },
				encoding: 'utf8',
				timeout: 60_000
			});
			expect(result.status).not.toBe(0);
			expect(result.stderr).toMatch(/ATLAS_MATCH_WEIGHTS: unknown signal "luck"/);
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
