import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { AppError } from '$lib/server/errors';
import { getResourceDetail } from '$lib/server/library/search';
import { highwireMeta, jsonForScript, resourceJsonLd } from '$lib/server/library/present';
import { renderMarkdown } from '$lib/server/library/markdown';
import { markdownToPlainText } from '$lib/server/io/plain-text';
import { label, type VocabularyName } from '$lib/server/vocab';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const locale = locals.locale;
	let record;
	try {
		record = await getResourceDetail(await getDb(), params.slug, locals.user);
	} catch (caught) {
		if (caught instanceof AppError && caught.code === 'not_found') error(404, 'Not found');
		throw caught;
	}
	// An address by id leads to the address by slug.
	if (params.slug !== record.slug) redirect(301, localizeHref(`/library/${record.slug}`, { locale }));

	const labels = (vocabulary: VocabularyName, codes: string[]) => codes.map((code) => ({ code, label: label(vocabulary, code, locale) }));
	const pageUrl = new URL(`/library/${record.slug}`, url.origin).href;
	const pdfUrl = record.pdfUrl ? new URL(record.pdfUrl, url.origin).href : null;
	const categories = labels('skills-category', record.categories);
	const targetGroups = labels('target-group', record.targetGroups);
	const keywords = [...record.topics, ...categories.map((entry) => entry.label), ...targetGroups.map((entry) => entry.label)];
	const jsonLd = resourceJsonLd(record, pageUrl, markdownToPlainText(record.abstract), keywords, (slug) => new URL(`/library/${slug}`, url.origin).href);
	const api = `/api/v1/resources/${encodeURIComponent(record.slug)}`;
	return {
		record: {
			id: record.id,
			slug: record.slug,
			status: record.status,
			title: record.title,
			language: record.language,
			authors: record.authors,
			year: record.year,
			publisher: record.publisher,
			publisherActor: record.publisherActor,
			url: record.url,
			doi: record.doi,
			licence: record.licence,
			topics: record.topics,
			publishedAt: record.publishedAt,
			pdfUrl: record.pdfUrl
		},
		abstractHtml: renderMarkdown(record.abstract),
		typeLabel: label('resource-type', record.type, locale),
		languageLabel: label('language', record.language, locale),
		categories,
		targetGroups,
		countries: labels('country', record.countries),
		regions: labels('ilo-region', record.regions),
		versions: record.versions.map((version) => ({ ...version, languageLabel: label('language', version.language, locale) })),
		related: record.related.map((item) => ({ ...item, typeLabel: label('resource-type', item.type, locale), languageLabel: label('language', item.language, locale) })),
		citationMeta: highwireMeta(record, pageUrl, pdfUrl),
		jsonLd: jsonForScript(jsonLd),
		citations: { ris: `${api}.ris`, bib: `${api}.bib`, csl: `${api}.csl.json` },
		canEdit: record.viewerCanEdit === true,
		canonical: pageUrl
	};
};
