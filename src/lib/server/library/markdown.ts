/**
 * Abstracts are Markdown written by members and importers. They become HTML here, and
 * only here: raw HTML in the Markdown is shown as the text it is (never interpreted),
 * and the HTML marked produces then passes through an allowlist (sanitize-html) as a
 * second wall, so no script, style, event handler or foreign element can reach a page.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const escapeHtml = (text: string) =>
	text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

// A private instance: changing the global `marked` would change it for every other user.
const markdown = new Marked({
	gfm: true,
	breaks: false,
	async: false,
	renderer: {
		// Raw HTML blocks and inline tags are text, not markup.
		html: ({ text }) => escapeHtml(text),
		// Images would load from anywhere (tracking, CSP errors): show their description instead.
		image: ({ text }) => escapeHtml(text)
	}
});

const SAFE_HREF = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** What an abstract may contain after rendering. Headings are demoted below the page's own. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: ['p', 'br', 'strong', 'em', 'del', 'ul', 'ol', 'li', 'a', 'blockquote', 'code', 'pre', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
	allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'], th: ['align'], td: ['align'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		h1: 'h3',
		h2: 'h3',
		// A link to anything but a web or mail address (javascript:, data:, //host) keeps only its text.
		a: (tagName, attribs) =>
			SAFE_HREF.test(attribs.href ?? '')
				? { tagName, attribs: { ...attribs, rel: 'nofollow noopener noreferrer' } }
				: { tagName: 'span', attribs: {} }
	}
};

/**
 * Safe HTML for a Markdown text: paragraphs, emphasis, lists, links (http, https and
 * mailto only, each with rel="nofollow noopener"), quotes, code and tables. Anything
 * else, raw HTML included, ends up as visible text or is dropped.
 */
export function renderMarkdown(text: string): string {
	if (!text.trim()) return '';
	const html = markdown.parse(text) as string;
	return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}

/**
 * A highlighted snippet as HTML: the text between the start and stop markers (as chosen
 * in the SQL of ts_headline) becomes <mark>, every other character is escaped first, so
 * whatever the record's text holds stays text. Unbalanced markers are tolerated.
 */
export function highlightToHtml(text: string, startMarker: string, stopMarker: string): string {
	let html = '';
	let open = false;
	for (const part of text.split(new RegExp(`(${escapeRegExp(startMarker)}|${escapeRegExp(stopMarker)})`))) {
		if (part === startMarker) {
			if (!open) html += '<mark>';
			open = true;
		} else if (part === stopMarker) {
			if (open) html += '</mark>';
			open = false;
		} else html += escapeHtml(part);
	}
	return open ? html + '</mark>' : html;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { escapeHtml };
