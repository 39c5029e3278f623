/**
 * Contact details never appear before an accepted connection request (decision record
 * 0005), against the real built server on each engine. A unique address is planted on a
 * demo organisation and on a person of the roster; signed in as a member with no
 * connection, no page, endpoint or export that shows an actor or a person carries it,
 * nor do the connection pages while the request waits. Once the organisation's manager
 * (and the person) accept, the requester sees the addresses.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { startServer, type RunningServer } from './server';
import { testEngines } from '../helpers/db';
import { openDatabase } from '../../src/lib/server/db/engine';
import { migrate } from '../../src/lib/server/db/migrate';
import type { DB } from '../../src/lib/server/db';
import { loadDemo } from '../../src/lib/server/demo';
import { createUser } from '../../src/lib/server/auth/service';
import { addActorMember } from '../../src/lib/server/auth/admin';
import { upsertActor } from '../../src/lib/server/network/service';
import { createPerson } from '../../src/lib/server/network/people';

const SLUG = 'packaging-cluster';
const PASSWORD = 'a good long password for tests';
const token = randomBytes(5).toString('hex');
const ACTOR_SECRET = `actor-contact-${token}@example.org`;
const PERSON_SECRET = `person-contact-${token}@example.org`;
const EMAILS = { requester: `requester-${token}@example.org`, manager: `manager-${token}@example.org`, person: `person-${token}@example.org` };
const EXPORT_FORMATS = ['csv', 'json', 'xlsx', 'kumu-json', 'kumu-xlsx', 'gexf', 'graphml'];

/** The planted contacts, a manager for the organisation and a person linked to an account. */
async function seed(db: DB): Promise<{ actorId: string; personSlug: string }> {
	const account = async (email: string, role: 'member' | 'curator' = 'member') =>
		(await createUser(db, { email, password: PASSWORD, role, confirmed: true, locale: 'en', displayName: email.split('@')[0] })).id;
	const requester = await account(EMAILS.requester);
	void requester;
	const manager = await account(EMAILS.manager);
	const personUser = await account(EMAILS.person);
	const curatorId = await account(`curator-${token}@example.org`, 'curator');
	const actor = await db.selectFrom('actor').select(['id', 'name', 'type']).where('slug', '=', SLUG).executeTakeFirstOrThrow();
	await upsertActor(db, { name: actor.name, type: actor.type, contact: { name: 'Planted Contact', email: ACTOR_SECRET }, contactPublic: false }, { id: actor.id });
	await addActorMember(db, actor.id, manager);
	const curator = { id: curatorId, email: 'curator', displayName: 'curator', role: 'curator' as const, locale: 'en', actorIds: [] };
	const person = await createPerson(db, curator, { name: `Planted Person ${token}`, visibility: 'members', availableMentoring: true, contact: PERSON_SECRET, userId: personUser });
	return { actorId: actor.id, personSlug: person.slug };
}

/** Every string of every cell of a workbook, so that a contact in a spreadsheet is found too. */
async function workbookText(bytes: ArrayBuffer): Promise<string> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes);
	const parts: string[] = [];
	workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => parts.push(JSON.stringify(cell.value)))));
	return parts.join('\n');
}

describe.each(testEngines())('contact details only after acceptance, on %s', (engine) => {
	let server: RunningServer;
	let dataDir: string | null = null;
	let actorId = '';
	let personSlug = '';
	const cookies: Record<string, string> = {};

	beforeAll(async () => {
		if (engine === 'pglite') {
			// PGlite is one process: plant the data before the server opens the folder.
			dataDir = mkdtempSync(join(tmpdir(), 'atlas-privacy-'));
			const database = await openDatabase({ dataDir });
			await migrate(database);
			await loadDemo(database.db);
			({ actorId, personSlug } = await seed(database.db));
			await database.close();
			server = await startServer({ env: { ATLAS_DATA_DIR: dataDir } });
		} else {
			server = await startServer({ engine });
			const name = /Database: postgres \(\S+\/(atlas_e2e_[0-9a-f]+)\)/.exec(server.output())?.[1];
			expect(name, server.output()).toBeTruthy();
			const url = new URL(process.env.TEST_DATABASE_URL!);
			url.pathname = `/${name}`;
			const database = await openDatabase({ url: url.toString() });
			({ actorId, personSlug } = await seed(database.db));
			await database.close();
		}
		for (const [who, email] of Object.entries(EMAILS)) {
			const response = await fetch(`${server.url}/sign-in?/signIn`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
				body: new URLSearchParams({ email, password: PASSWORD })
			});
			cookies[who] = (response.headers.get('set-cookie') ?? '').split(';')[0];
			expect(cookies[who], `sign-in of ${who}`).toMatch(/^atlas_session=/);
		}
	}, 240_000);
	afterAll(async () => {
		await server?.stop();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	async function body(path: string, who: keyof typeof EMAILS | null = 'requester'): Promise<{ status: number; text: string }> {
		const response = await fetch(server.url + path, { headers: who ? { cookie: cookies[who] } : {} });
		const type = response.headers.get('content-type') ?? '';
		const text = type.includes('spreadsheetml') ? await workbookText(await response.arrayBuffer()) : await response.text();
		return { status: response.status, text };
	}

	async function expectNowhere(paths: string[], who: keyof typeof EMAILS | null = 'requester', secrets = [ACTOR_SECRET, PERSON_SECRET]) {
		for (const path of paths) {
			const { status, text } = await body(path, who);
			if ((path.startsWith('/partners') || path.endsWith('/matches')) && status === 404) {
				console.warn(`contact-privacy: ${path} answers 404 (not built yet): skipped`);
				continue;
			}
			expect(status, path).toBeLessThan(400);
			for (const secret of secrets) expect(text.includes(secret), `${path} shows ${secret}`).toBe(false);
		}
	}

	it('shows no planted contact to an unconnected member, anywhere an actor or a person appears', async () => {
		await expectNowhere([
			`/actors/${SLUG}`,
			`/es/actors/${SLUG}`,
			'/actors',
			'/actors?q=packaging',
			'/people',
			'/network',
			'/embed/network',
			`/search?q=${encodeURIComponent(ACTOR_SECRET.split('@')[0])}`,
			`/search?q=${encodeURIComponent(PERSON_SECRET.split('@')[0])}`,
			'/search?q=packaging',
			'/api/v1/actors?perPage=100',
			'/api/v1/actors?q=packaging',
			`/api/v1/actors/${actorId}`,
			`/api/v1/actors/${SLUG}`,
			'/api/v1/network',
			...EXPORT_FORMATS.map((format) => `/actors/export?format=${format}`),
			'/partners',
			`/partners?actor=${SLUG}`,
			`/api/v1/actors/${actorId}/matches`,
			`/api/v1/actors/${actorId}/matches?scope=international`,
			'/connections',
			`/connections/new?actor=${SLUG}`,
			`/connections/new?person=${personSlug}`,
			'/api/v1/connections'
		]);
		// Visitors neither.
		await expectNowhere([`/actors/${SLUG}`, '/people', `/api/v1/actors/${SLUG}`], null);
	});

	it('reveals the organisation’s contact to the requester once its manager accepts, not before', async () => {
		const sent = await fetch(`${server.url}/connections/new?actor=${SLUG}`, {
			method: 'POST',
			redirect: 'manual',
			headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: server.url, cookie: cookies.requester },
			body: new URLSearchParams({ kind: 'partnership', message: '<script>alert(1)</script> Joint training in packaging?' })
		});
		expect(sent.status).toBe(303);
		expect(sent.headers.get('location')).toContain('/connections?done=sent');
		const pending = await body('/connections');
		expect(pending.text).toContain('&lt;script>alert(1)&lt;/script> Joint training in packaging?');
		expect(pending.text).not.toContain('<script>alert(1)</script>');
		await expectNowhere(['/connections', '/api/v1/connections', `/actors/${SLUG}`, `/api/v1/actors/${SLUG}`]);

		// The manager sees the request, not yet the requester's address, and accepts it on the page.
		const received = await body('/connections', 'manager');
		expect(received.text).toContain('Joint training in packaging?');
		expect(received.text).not.toContain(EMAILS.requester);
		const list = JSON.parse((await body('/api/v1/connections', 'manager')).text);
		const request = list.items.find((item: { direction: string; status: string }) => item.direction === 'received' && item.status === 'pending');
		expect(request.contacts).toBeNull();
		const accepted = await fetch(`${server.url}/connections?/accept`, {
			method: 'POST',
			redirect: 'manual',
			headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: server.url, cookie: cookies.manager },
			body: new URLSearchParams({ id: request.id, note: 'Gladly.' })
		});
		expect(accepted.status).toBe(303);

		expect((await body('/connections')).text).toContain(ACTOR_SECRET);
		expect((await body(`/actors/${SLUG}`)).text).toContain(ACTOR_SECRET);
		expect(JSON.parse((await body(`/api/v1/actors/${SLUG}`)).text).contact.email).toBe(ACTOR_SECRET);
		expect((await body('/connections', 'manager')).text).toContain(EMAILS.requester);
		// Lists and exports still never carry it.
		await expectNowhere(['/actors', '/api/v1/actors?perPage=100', '/actors/export?format=csv', '/api/v1/network']);
	});

	it('reveals the person’s contact once the person accepts through the API', async () => {
		const created = await fetch(`${server.url}/api/v1/connections`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: cookies.requester },
			body: JSON.stringify({ kind: 'mentoring', toPerson: personSlug, message: 'Could you mentor us on recognition of skills?', categories: ['2'] })
		});
		expect(created.status).toBe(201);
		const { id } = await created.json();
		// The organisation accepted earlier: only the person's contact must still be hidden.
		await expectNowhere(['/people', '/connections', '/api/v1/connections'], 'requester', [PERSON_SECRET]);
		const again = await fetch(`${server.url}/api/v1/connections`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: cookies.requester },
			body: JSON.stringify({ kind: 'mentoring', toPerson: personSlug, message: 'Again?', categories: ['2'] })
		});
		expect(again.status).toBe(409);
		expect(await again.json()).toMatchObject({ error: { code: 'conflict' } });
		const accept = await fetch(`${server.url}/api/v1/connections/${id}/accept`, { method: 'POST', headers: { cookie: cookies.person } });
		expect(accept.status).toBe(200);
		expect((await body('/people')).text).toContain(PERSON_SECRET);
		expect((await body('/connections')).text).toContain(PERSON_SECRET);
		await expectNowhere(['/people'], null);
		await expectNowhere(['/people'], 'manager', [PERSON_SECRET]);
	});

	it('answers refusals in the one error shape and beside the form field; blocks and unblocks over the API', async () => {
		const api = (path: string, who: keyof typeof EMAILS, init: { method?: string; json?: unknown } = {}) =>
			fetch(server.url + path, {
				method: init.method ?? 'GET',
				headers: { cookie: cookies[who], ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}) },
				body: init.json !== undefined ? JSON.stringify(init.json) : undefined
			});
		// To oneself: the manager asks the organisation it manages.
		const own = await api('/api/v1/connections', 'manager', { method: 'POST', json: { kind: 'introduction', toActor: SLUG, message: 'Hello me' } });
		expect(own.status).toBe(400);
		expect((await own.json()).error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('yourself') });
		// Mentoring the organisation does not offer: the form shows why beside the field, without JavaScript.
		const form = await fetch(`${server.url}/connections/new?actor=${SLUG}`, {
			method: 'POST',
			headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: server.url, cookie: cookies.person },
			body: new URLSearchParams({ kind: 'mentoring', message: 'Mentor us?', categories: '1' })
		});
		expect(form.status).toBe(400);
		const html = await form.text();
		expect(html).toMatch(/<p class="field-error" id="field-kind-error">[^<]*does not offer mentoring/);

		// The manager blocks the requester: new requests are refused without saying why; lifted again.
		const requesterId = JSON.parse((await body('/api/v1/connections', 'manager')).text).items[0].requester.id as string;
		const block = await api('/api/v1/blocks', 'manager', { method: 'POST', json: { userId: requesterId } });
		expect(block.status).toBe(200);
		expect((await (await api('/api/v1/blocks', 'manager')).json()).items).toEqual([expect.objectContaining({ userId: requesterId })]);
		const refused = await api('/api/v1/connections', 'requester', { method: 'POST', json: { kind: 'introduction', toActor: SLUG, message: 'Hello again' } });
		expect(refused.status).toBe(403);
		expect(await refused.json()).toEqual({ error: { code: 'forbidden', message: 'This request cannot be sent.', fields: { recipient: 'This request cannot be sent.' } } });
		expect((await api(`/api/v1/blocks/${requesterId}`, 'manager', { method: 'DELETE' })).status).toBe(204);
		expect((await api(`/api/v1/blocks/${requesterId}`, 'manager', { method: 'DELETE' })).status).toBe(404);

		// Declined and withdrawn requests leave nothing behind; only the requester withdraws.
		const first = await (await api('/api/v1/connections', 'requester', { method: 'POST', json: { kind: 'introduction', toActor: SLUG, message: 'An introduction?' } })).json();
		expect((await api(`/api/v1/connections/${first.id}/withdraw`, 'manager', { method: 'POST' })).status).toBe(404);
		expect((await api(`/api/v1/connections/${first.id}/decline`, 'manager', { method: 'POST', json: { note: 'Not now' } })).status).toBe(200);
		const second = await (await api('/api/v1/connections', 'requester', { method: 'POST', json: { kind: 'introduction', toActor: SLUG, message: 'Once more?' } })).json();
		expect((await api(`/api/v1/connections/${second.id}/withdraw`, 'requester', { method: 'POST' })).status).toBe(200);
		expect((await api(`/api/v1/connections/${second.id}/accept`, 'manager', { method: 'POST' })).status).toBe(409);
		const statuses = JSON.parse((await body('/api/v1/connections')).text).items.map((item: { id: string; status: string }) => [item.id, item.status]);
		expect(statuses).toEqual(expect.arrayContaining([[first.id, 'declined'], [second.id, 'withdrawn']]));
	});
});
