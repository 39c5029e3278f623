/**
 * The create forms over HTTP against the built server, on each engine, as a browser
 * without JavaScript sends them: visitors are sent to sign in; a curator adds an
 * organisation (script in its name stays text), meets the duplicate check, adds a person
 * and a project with partners typed by name; the project page and the filtered network
 * export show the result.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { testEngines } from '../helpers/db';
import { startServer, type RunningServer } from '../e2e/server';

describe.each(testEngines())('create forms over HTTP on %s', (engine) => {
	let server: RunningServer;
	let cookie = '';

	const post = (path: string, fields: [string, string][]) =>
		fetch(server.url + path, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url, cookie },
			body: new URLSearchParams(fields)
		});

	beforeAll(async () => {
		server = await startServer({ engine });
		const signIn = await fetch(`${server.url}/sign-in?/signIn`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
			body: new URLSearchParams({ email: server.admin!.email, password: server.admin!.password })
		});
		cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
	});
	afterAll(() => server?.stop());

	it('sends visitors to sign in', async () => {
		for (const path of ['/actors/new', '/people/new', '/projects/new']) {
			const response = await fetch(server.url + path, { redirect: 'manual' });
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toMatch(/\/sign-in\?next=/);
		}
		const posted = await fetch(`${server.url}/actors/new`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
			body: new URLSearchParams({ name: 'Anonymous Org', type: 'ngo' })
		});
		expect(posted.status).toBe(303);
	});

	it('a curator adds an organisation, a person and a project; script stays text; duplicates are offered first', async () => {
		expect(cookie).toMatch(/^atlas_session=/);
		const empty = await post('/actors/new', [['name', ''], ['type', '']]);
		expect(empty.status).toBe(400);
		const emptyPage = await empty.text();
		expect(emptyPage).toContain('id="field-name-error"');
		expect(emptyPage).toContain('id="field-type-error"');

		const created = await post('/actors/new', [
			['name', 'Braga Skills Forge <script>alert(1)</script>'],
			['type', 'vet-provider'],
			['country', 'Portugal'],
			['city', 'Braga'],
			['languages', 'pt'],
			['categories', '6'],
			['description', 'Trains <b>welders</b>']
		]);
		expect(created.status).toBe(303);
		const location = created.headers.get('location')!;
		expect(location).toMatch(/^\/actors\/braga-skills-forge-script-alert-1-script$/);
		const profile = await (await fetch(server.url + location)).text();
		expect(profile).toContain('Braga Skills Forge &lt;script>alert(1)&lt;/script>');
		expect(profile.includes('<script>alert(1)</script>')).toBe(false);
		expect(profile.includes('<b>welders</b>')).toBe(false);

		const duplicate = await post('/actors/new', [['name', 'Packaging Cluster'], ['type', 'cluster-organisation']]);
		expect(duplicate.status).toBe(200);
		const duplicatePage = await duplicate.text();
		expect(duplicatePage).toContain('href="/actors/packaging-cluster"');
		expect(duplicatePage).toContain('name="confirmDistinct"');
		const confirmed = await post('/actors/new', [['name', 'Packaging Cluster'], ['type', 'cluster-organisation'], ['country', 'CL'], ['confirmDistinct', '1']]);
		expect(confirmed.status).toBe(303);
		expect(confirmed.headers.get('location')).toBe('/actors/packaging-cluster-2');

		const person = await post('/people/new', [['name', 'Rita Mentor'], ['visibility', 'public'], ['countries', 'Portugal, BR'], ['availability', 'mentoring'], ['categories', '1']]);
		expect(person.status).toBe(303);
		const roster = await (await fetch(`${server.url}/people`)).text();
		expect(roster).toContain('Rita Mentor');
		const badCountry = await post('/people/new', [['name', 'Nobody'], ['visibility', 'public'], ['countries', 'Atlantis']]);
		expect(badCountry.status).toBe(400);
		expect(await badCountry.text()).toContain('Atlantis');

		const unknownPartner = await post('/projects/new', [['name', 'Forge Pact'], ['partner_0', 'No Such Organisation'], ['role_0', 'lead']]);
		expect(unknownPartner.status).toBe(400);
		expect(await unknownPartner.text()).toContain('id="field-partner_0-error"');
		const project = await post('/projects/new', [
			['name', 'Forge Pact'],
			['startYear', '2025'],
			['endYear', '2027'],
			['fundingProgramme', 'Erasmus+'],
			['categories', '6'],
			['typologyCell', 'regional-low-medium'],
			['partner_0', 'Braga Skills Forge <script>alert(1)</script>'],
			['role_0', 'lead'],
			['partner_1', 'Pool-Net – Portuguese Tooling Network'],
			['role_1', 'partner']
		]);
		expect(project.status).toBe(303);
		expect(project.headers.get('location')).toBe('/projects/forge-pact');
		const page = await (await fetch(`${server.url}/projects/forge-pact`)).text();
		expect(page).toContain('href="/actors/braga-skills-forge-script-alert-1-script"');
		expect(page).toContain('href="/actors/pool-net-portuguese-tooling-network"');
		expect(page).toContain('2025–2027');
		expect(page).toContain('Regional or national collaboration, low to medium complexity');
		const list = await (await fetch(`${server.url}/projects?cell=regional-low-medium`)).text();
		expect(list).toContain('Forge Pact');
		expect(list).toContain('Masters in Packaging Management');
		expect(list).not.toContain('METIS sector skills alliance');
	});

	it('exports the filtered directory as GEXF with only the matching actors', async () => {
		const response = await fetch(`${server.url}/actors/export?format=gexf&country=PT`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('gexf');
		const body = await response.text();
		expect(body).toContain('Pool-Net');
		expect(body).not.toContain('Packaging Cluster');
		const bad = await fetch(`${server.url}/actors/export?format=dot`);
		expect(bad.status).toBe(400);
	});
});
