/**
 * The network map in Debian's Chromium: the WebGL canvas (or, without WebGL, the notice
 * that says so), the list twin that is always there, axe on the map pages, no sideways
 * scroll at 360 px, the list without JavaScript, and script in a name kept inert.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { startServer, type RunningServer } from './server';
import { browserAvailable, launchBrowser, seriousViolations } from './browser';

const MAP_PAGES = ['/network', '/network?colour=community&size=betweenness&mode=showcase&country=ES', '/network/geo', '/embed/network', '/es/network', '/network?q=zzzz-nothing'];

describe.skipIf(!browserAvailable())('the network map in a real browser', () => {
	let server: RunningServer;
	let browser: Browser;
	beforeAll(async () => {
		server = await startServer();
		browser = await launchBrowser();
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});

	async function newContext(options: { javaScript?: boolean; width?: number } = {}): Promise<BrowserContext> {
		return browser.newContext({ viewport: { width: options.width ?? 360, height: 780 }, javaScriptEnabled: options.javaScript ?? true, locale: 'en-GB' });
	}

	it('draws the network on a canvas, or says that WebGL is missing, and always lists the organisations', async () => {
		const page = await (await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true })).newPage();
		const cspErrors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) cspErrors.push(message.text());
		});
		await page.goto(server.url + '/network');
		expect(await page.locator('[data-map-list] tbody tr').count()).toBeGreaterThan(40);
		await page.waitForSelector('[data-map-state="ready"], [data-map-fallback]', { timeout: 30_000 });
		const state = await page.getAttribute('[data-map-state]', 'data-map-state');
		if (state === 'ready') {
			expect(await page.locator('.network-canvas canvas').count()).toBeGreaterThan(0);
			// Speed is measured in bench/network.mjs, never asserted here; the attribute must hold a duration.
			expect(Number(await page.getAttribute('.network-canvas', 'data-first-frame-ms'))).toBeGreaterThan(0);
			const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button', { hasText: 'PNG' }).click()]);
			expect(download.suggestedFilename()).toBe('network-map.png');
			const stream = await download.createReadStream();
			const chunks: Buffer[] = [];
			for await (const chunk of stream) chunks.push(chunk as Buffer);
			const png = Buffer.concat(chunks);
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect(png.length).toBeGreaterThan(2000);
		} else {
			expect(await page.textContent('[data-map-fallback]')).toMatch(/WebGL/);
		}
		expect(cspErrors).toEqual([]);
	});

	it('passes axe and does not scroll sideways at 360 px on the map pages', async () => {
		const page = await (await newContext()).newPage();
		for (const path of MAP_PAGES) {
			const response = await page.goto(server.url + path);
			expect(response?.status(), path).toBe(200);
			await page.waitForSelector('[data-map-state="ready"], [data-map-fallback], [data-map-empty], [data-geo-table]', { timeout: 30_000 });
			const violations = await seriousViolations(page);
			expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${path} scrolls sideways at 360 px`).toBeLessThanOrEqual(1);
		}
	});

	it('shows the list, filters and focus without JavaScript', async () => {
		const page = await (await newContext({ javaScript: false })).newPage();
		await page.goto(server.url + '/network');
		const rows = page.locator('[data-map-list] tbody tr');
		const total = await rows.count();
		expect(total).toBeGreaterThan(40);
		await page.selectOption('#map-country', 'ES');
		await page.click('.map-filters button[type="submit"]');
		await page.waitForURL(/country=ES/);
		const spanish = await rows.count();
		expect(spanish).toBeGreaterThan(0);
		expect(spanish).toBeLessThan(total);
		await page.locator('[data-map-list] tbody a').first().click();
		await page.waitForURL(/focus=/);
		expect(await page.textContent('main')).toMatch(/Focused on/);

		await page.goto(server.url + '/network/geo');
		const spain = page.locator('a:has(path[data-country="ES"])');
		expect(await spain.count()).toBe(1);
		expect(await spain.getAttribute('href')).toBe('/network?country=ES');
	});

	it('lets the embed be framed as configured and keeps the map answering JSON', async () => {
		const embed = await fetch(server.url + '/embed/network');
		expect(embed.status).toBe(200);
		expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors/);
		const api = await fetch(server.url + '/api/v1/network?q=zzzz-nothing');
		expect(await api.json()).toMatchObject({ nodes: [], edges: [] });
	});
});
