/**
 * Debian's Chromium driven by playwright-core (no browser download), with axe-core
 * for accessibility checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Whether browser tests can run; with ATLAS_REQUIRE_ALL_TESTS=1 a missing browser is an error. */
export function browserAvailable(): boolean {
	if (existsSync(CHROMIUM_PATH)) return true;
	if (process.env.ATLAS_REQUIRE_ALL_TESTS === '1') {
		throw new Error(`ATLAS_REQUIRE_ALL_TESTS=1 but no Chromium at ${CHROMIUM_PATH}: install Debian's chromium.`);
	}
	return false;
}

export async function launchBrowser(): Promise<Browser> {
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, so the page's CSP (no inline script) stays on.
	await page.evaluate(axeSource);
	const violations = (await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v: AxeViolation) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
	})) as AxeViolation[];
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
