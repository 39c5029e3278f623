import { describe, it, expect } from 'vitest';
import { highlightToHtml, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders paragraphs, emphasis, lists and links with rel="nofollow noopener"', () => {
		const html = renderMarkdown('First **bold** and *soft*.\n\n- one\n- two\n\n[ILO](https://www.ilo.org "site")');
		expect(html).toContain('<strong>bold</strong>');
		expect(html).toContain('<em>soft</em>');
		expect(html).toContain('<li>one</li>');
		expect(html).toMatch(/<a href="https:\/\/www\.ilo\.org" title="site" rel="nofollow noopener noreferrer">ILO<\/a>/);
	});

	it('shows raw HTML as text: no script, handler or iframe survives', () => {
		const html = renderMarkdown('Hi <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="https://evil"></iframe>\n\n<div onclick="x()">block</div>');
		expect(html).not.toMatch(/<(script|img|iframe|div)\b/i);
		expect(html).not.toMatch(/<[^>]*\bon\w+=/i);
		expect(html).toContain('&lt;script&gt;');
	});

	it('drops dangerous link targets but keeps their text', () => {
		for (const target of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/x', 'vbscript:x']) {
			const html = renderMarkdown(`[click me](${target})`);
			expect(html, target).not.toMatch(/href=/);
			expect(html, target).toContain('click me');
		}
		expect(renderMarkdown('<a href="javascript:alert(1)">x</a>')).not.toMatch(/<a /);
	});

	it('turns images into their description and demotes headings', () => {
		const html = renderMarkdown('# Title\n\n![a chart](https://tracker.example/pixel.png)');
		expect(html).not.toContain('<img');
		expect(html).toContain('a chart');
		expect(html).toContain('<h3>Title</h3>');
	});

	it('gives an empty string for an empty abstract', () => {
		expect(renderMarkdown('   ')).toBe('');
	});
});

describe('highlightToHtml', () => {
	const start = '\uE000';
	const stop = '\uE001';
	it('marks the words between markers and escapes everything else', () => {
		expect(highlightToHtml(`a <b> & ${start}word${stop} "q"`, start, stop)).toBe('a &lt;b&gt; &amp; <mark>word</mark> &quot;q&quot;');
	});
	it('survives unbalanced markers', () => {
		expect(highlightToHtml(`${stop}x ${start}y`, start, stop)).toBe('x <mark>y</mark>');
		expect(highlightToHtml(`${start}${start}z${stop}${stop}`, start, stop)).toBe('<mark>z</mark>');
	});
});
