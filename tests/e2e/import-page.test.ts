/**
 * The curator's import page over HTTP, without JavaScript (plain form posts): upload →
 * preview → apply → a page that refreshes itself while the job runs, and the job API;
 * plus the library export endpoint.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from './server';
import { testEngines } from '../helpers/db';

describe.each(testEngines())('import page on %s', (engine) => {
	let server: RunningServer;
	let cookie = '';
	const page = (path: string, init: RequestInit = {}) =>
		fetch(server.url + path, { redirect: 'manual', ...init, headers: { accept: 'text/html', origin: server.url, cookie, ...(init.headers ?? {}) } });
	const upload = (name: string, text: string, extra: Record<string, string> = {}) => {
		const form = new FormData();
		form.set('file', new File([text], name, { type: 'text/csv' }));
		for (const [key, value] of Object.entries(extra)) form.set(key, value);
		return page('/library/import?/preview', { method: 'POST', body: form });
	};
	const post = (action: string, fields: Record<string, string>) =>
		page(`/library/import?/${action}`, { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

	beforeAll(async () => {
		server = await startServer({ engine, env: { ATLAS_UPLOAD_LIMIT_MB: '1' } });
		const signIn = await fetch(server.url + '/sign-in?/signIn', {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: server.admin!.email, password: server.admin!.password })
		});
		cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
		expect(cookie).toMatch(/^atlas_session=/);
	});
	afterAll(() => server?.stop());

	it('sends visitors to the sign-in page', async () => {
		const response = await fetch(server.url + '/library/import', { redirect: 'manual' });
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toMatch(/\/sign-in\?next=/);
	});

	it('previews with per-row problems, applies as a job and shows its progress and result', async () => {
		const rows = Array.from({ length: 2500 }, (_, index) => `Page record ${index};en;research-paper;${2000 + (index % 25)}`);
		const csv = ['Nom du document;langue;type;année', ...rows, 'Bad page row;en;Reserch papers;'].join('\n');
		const preview = await upload('page.csv', csv);
		expect(preview.status).toBe(200);
		const html = await preview.text();
		expect(html).toContain('<select id="map-0" name="map-0"');
		const jobId = /name="jobId" value="([0-9a-f-]{36})"/.exec(html)![1];

		const mapped = await post('recheck', { jobId, 'map-0': 'title', 'map-1': 'language', 'map-2': 'type', 'map-3': 'year' });
		const mappedHtml = await mapped.text();
		expect(mappedHtml).toMatch(/2,501 rows: 2,500 new records/);
		expect(mappedHtml).toContain('did you mean "Research papers"?');

		const applied = await post('apply', { jobId, 'map-0': 'title', 'map-1': 'language', 'map-2': 'type', 'map-3': 'year' });
		expect(applied.status).toBe(303);
		const location = applied.headers.get('location')!;
		expect(location).toBe(`/library/import?job=${jobId}`);
		const running = await (await page(location)).text();
		if (!running.includes('Import finished')) {
			expect(running).toContain('<progress id="import-progress"');
			expect(running).toContain('<noscript><meta http-equiv="refresh" content="2"');
		}

		let job: { status: string; progress: { done: number; total: number }; result: { created: number; rejected: unknown[] } } | undefined;
		for (let attempt = 0; attempt < 240; attempt++) {
			job = await (await page(`/api/v1/jobs/${jobId}`, { headers: { accept: 'application/json' } })).json();
			if (job!.status === 'done' || job!.status === 'failed') break;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		expect(job).toMatchObject({ status: 'done', progress: { done: 2501, total: 2501 }, result: { created: 2500 } });
		expect(job!.result.rejected).toHaveLength(1);
		const finished = await (await page(location)).text();
		expect(finished).toContain('2,500 created, 0 updated, 0 unchanged, 1 rejected.');
		expect(finished).not.toContain('http-equiv="refresh"');
		expect((await fetch(`${server.url}/api/v1/jobs/${jobId}`)).status).toBe(401);
	});

	it('refuses a file over the limit with a message beside the field, and an unknown format', async () => {
		const big = await upload('big.csv', 'title,language,type\n' + 'x,en,research-paper\n'.repeat(80_000));
		expect(big.status).toBe(413);
		expect(await big.text()).toContain('The file is larger than the limit of 1 MB.');
		const unknown = await upload('mystery.bin', '\u0000\u0001\u0002');
		expect(unknown.status).toBe(415);
		expect(await unknown.text()).toContain('id="field-format-error"');
	});

	it('exports the filtered library as a download', async () => {
		const response = await fetch(`${server.url}/library/export?format=csv&type=research-paper&year=2001`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('text/csv');
		expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="skills-atlas-library-.*\.csv"/);
		const bytes = new Uint8Array(await response.arrayBuffer());
		// A UTF-8 byte order mark first, so Excel reads accents right.
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		expect(text.split('\r\n')[0]).toBe('id,title,abstract,language,type,categories,topics,targetGroups,countries,year,publisher,authors,url,doi,licence');
		expect(text).toContain('Page record 1,');
		expect(text).not.toContain('Page record 2,');
		const bad = await fetch(`${server.url}/library/export?format=docx`);
		expect(bad.status).toBe(400);
		expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input' } });
	});
});
