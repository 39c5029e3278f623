/**
 * The submission and edit forms of the library: reading a multipart form (the size
 * checked before the body is read), validating it with messages in the reader's
 * language, the choices offered (vocabulary labels in that language), and turning
 * service errors into field errors. Only routes import this file (it needs the
 * generated Paraglide messages).
 */
import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '../../paraglide/messages.js';
import { AppError } from '../errors';
import { concepts, label, type Locale } from '../vocab';
import { CONTENT_LANGUAGES } from '../vocab/languages';
import { Doi } from '../../domain/resource';
import { WebAddress } from '../../domain/actor';
import { readUploadedFile, uploadLimitBytes, type SourceFile } from '../io/source';
import type { ResourceSubmissionData } from './review-input';
import type { ResourceRecord } from './review';

export const TEXT_FIELDS = ['title', 'abstract', 'language', 'type', 'topics', 'publisher', 'authors', 'year', 'url', 'doi', 'licence', 'versionOf', 'note'] as const;
export const LIST_FIELDS = ['categories', 'targetGroups', 'countries'] as const;
/** Room for the text fields and multipart framing on top of the file itself. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

export type ResourceFormValues = Record<string, string | string[]>;

/** What a failed form action returns to the page. */
export interface FormFailure {
	errors: Record<string, string>;
	values: ResourceFormValues;
}

export interface Option {
	value: string;
	label: string;
}

export interface ResourceFormOptions {
	languages: Option[];
	types: Option[];
	categories: Option[];
	targetGroups: Option[];
	countryGroups: { region: string; label: string; countries: Option[] }[];
	licences: string[];
	uploadLimitMb: number;
}

const byLabel = (locale: string) => (a: Option, b: Option) => a.label.localeCompare(b.label, locale);
const options = (name: Parameters<typeof concepts>[0], locale: Locale): Option[] =>
	concepts(name).map((concept) => ({ value: concept.code, label: concept.labels[locale] }));

/** The choices of the form, labelled in the reader's language. */
export function resourceFormOptions(locale: Locale): ResourceFormOptions {
	const countries = concepts('country').map((concept) => ({
		value: concept.code,
		label: concept.labels[locale],
		region: typeof concept.extra?.iloRegion === 'string' ? concept.extra.iloRegion : ''
	}));
	const regions = concepts('ilo-region').map((concept) => ({ region: concept.code, label: concept.labels[locale] }));
	const groups = [...regions, { region: '', label: m.review_region_other() }]
		.map((group) => ({ ...group, countries: countries.filter((country) => country.region === group.region).sort(byLabel(locale)) }))
		.filter((group) => group.countries.length > 0);
	return {
		languages: CONTENT_LANGUAGES.map((code) => ({ value: code, label: label('language', code, locale) })).sort(byLabel(locale)),
		types: options('resource-type', locale),
		categories: options('skills-category', locale),
		targetGroups: options('target-group', locale),
		countryGroups: groups.map(({ region, label: name, countries: list }) => ({ region, label: name, countries: list.map(({ value, label: text }) => ({ value, label: text })) })),
		licences: ['CC BY 4.0', 'CC BY-SA 4.0', 'CC BY-NC 4.0', 'CC BY-NC-SA 4.0', 'CC BY-ND 4.0', 'CC0 1.0', 'All rights reserved'],
		uploadLimitMb: Math.round((uploadLimitBytes() / 1024 / 1024) * 10) / 10
	};
}

/** The form's values as the page shows them again. */
export function formValuesOf(record: ResourceRecord): ResourceFormValues {
	return {
		title: record.title,
		abstract: record.abstract,
		language: record.language,
		type: record.type,
		categories: record.categories,
		targetGroups: record.targetGroups,
		countries: record.countries,
		topics: record.topics.join('\n'),
		publisher: record.publisher,
		authors: record.authors.join('\n'),
		year: record.year === null ? '' : String(record.year),
		url: record.url,
		doi: record.doi,
		licence: record.licence,
		versionOf: '',
		note: ''
	};
}

export interface ReadForm {
	values: ResourceFormValues;
	intent: string;
	removeFile: boolean;
	/** The uploaded file, already read (null when none was chosen). */
	file: SourceFile | null;
	fileError: string | null;
}

/**
 * Reads the posted form. A body larger than the upload limit is refused from its
 * Content-Length, before it is read (a 413 failure with a message); the file is then
 * read only when it fits (readUploadedFile).
 */
export async function readResourceForm(request: Request): Promise<{ ok: true; form: ReadForm } | { ok: false; failure: ActionFailure<FormFailure> }> {
	const limit = uploadLimitBytes();
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > limit + FORM_OVERHEAD_BYTES) {
		return { ok: false, failure: fail(413, { errors: { _: tooLargeMessage(limit) }, values: {} }) };
	}
	const form = await request.formData();
	const values: ResourceFormValues = {};
	for (const name of TEXT_FIELDS) {
		const value = form.get(name);
		values[name] = typeof value === 'string' ? value : '';
	}
	for (const name of LIST_FIELDS) values[name] = form.getAll(name).filter((value): value is string => typeof value === 'string');
	const upload = form.get('file');
	let file: SourceFile | null = null;
	let fileError: string | null = null;
	if (upload instanceof File && upload.size > 0) {
		try {
			file = await readUploadedFile(upload, limit);
		} catch (failure) {
			if (!(failure instanceof AppError)) throw failure;
			fileError = tooLargeMessage(limit);
		}
	}
	const intent = form.get('intent');
	return {
		ok: true,
		form: { values, intent: typeof intent === 'string' ? intent : '', removeFile: form.get('removeFile') === 'on', file, fileError }
	};
}

function tooLargeMessage(limit: number): string {
	return m.review_error_file_too_large({ mb: Math.round((limit / 1024 / 1024) * 10) / 10 });
}

const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

/** The form schema, with messages in the reader's language. */
function formSchema() {
	const known = (name: Parameters<typeof concepts>[0]) => new Set(concepts(name).map((concept) => concept.code));
	const oneOf = (codes: Set<string>) => z.string().refine((value) => codes.has(value), m.review_error_choose());
	const listOf = (codes: Set<string>, max: number) =>
		z.array(z.string()).max(max, m.review_error_too_many({ max })).refine((values) => values.every((value) => codes.has(value)), m.review_error_unknown_value());
	const text = (max: number) => z.string().trim().max(max, m.review_error_too_long({ max }));
	const lineList = (maxLines: number, maxLength: number) =>
		z
			.string()
			.transform(lines)
			.refine((values) => values.length <= maxLines, m.review_error_too_many({ max: maxLines }))
			.refine((values) => values.every((value) => value.length <= maxLength), m.review_error_too_long({ max: maxLength }));
	return z.object({
		title: z.string().trim().min(1, m.review_error_title_required()).max(500, m.review_error_too_long({ max: 500 })),
		abstract: text(20_000),
		language: oneOf(new Set(CONTENT_LANGUAGES)),
		type: oneOf(known('resource-type')),
		categories: listOf(known('skills-category'), 20),
		targetGroups: listOf(known('target-group'), 30),
		countries: listOf(known('country'), 250),
		topics: lineList(30, 200),
		publisher: text(300),
		authors: lineList(100, 300),
		year: z
			.string()
			.trim()
			.refine((value) => value === '' || (/^\d{4}$/.test(value) && Number(value) >= 1000 && Number(value) <= 2100), m.review_error_year())
			.transform((value) => (value === '' ? null : Number(value))),
		// url and doi are checked by the domain's own schemas (parseResourceForm).
		url: z.string(),
		doi: z.string(),
		licence: text(200),
		versionOf: text(500),
		note: text(2000)
	});
}

export type Parsed = { ok: true; data: ResourceSubmissionData; note: string } | { ok: false; errors: Record<string, string> };

/** Validates the form values; on success the input of the review service. */
export function parseResourceForm(values: ResourceFormValues): Parsed {
	const parsed = formSchema().safeParse(values);
	const errors: Record<string, string> = {};
	if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.') || '_'] ??= issue.message;
	const url = WebAddress.safeParse(typeof values.url === 'string' ? values.url : '');
	if (!url.success) errors.url = m.review_error_url();
	const doi = Doi.safeParse(typeof values.doi === 'string' ? values.doi : '');
	if (!doi.success) errors.doi = m.review_error_doi();
	if (!parsed.success || !url.success || !doi.success) return { ok: false, errors };
	const data = parsed.data;
	return {
		ok: true,
		note: data.note,
		data: {
			title: data.title,
			abstract: data.abstract,
			language: data.language,
			type: data.type,
			categories: data.categories,
			targetGroups: data.targetGroups,
			countries: data.countries,
			topics: data.topics,
			publisher: data.publisher,
			authors: data.authors,
			year: data.year,
			url: url.data,
			doi: doi.data,
			licence: data.licence,
			...(data.versionOf ? { versionOf: data.versionOf } : {})
		}
	};
}

/**
 * A service error as a form failure: field errors where the service names a field,
 * otherwise a sentence in the summary. "Not found" becomes the 404 page.
 */
export function failResourceForm(failure: unknown, values: ResourceFormValues): ActionFailure<FormFailure> {
	if (!(failure instanceof AppError)) throw failure;
	if (failure.code === 'not_found') error(404, { message: m.review_error_not_found(), code: 'not_found' });
	const errors: Record<string, string> = {};
	const fields = failure.fields ?? {};
	if (failure.code === 'payload_too_large') errors.file = tooLargeMessage(uploadLimitBytes());
	else if (failure.code === 'unsupported_media_type') errors.file = m.review_error_file_type();
	else if (failure.code === 'conflict') errors._ = m.review_error_locked();
	else if (failure.code === 'forbidden') errors._ = m.review_error_forbidden();
	else if (fields.versionOf) errors.versionOf = m.review_error_version_unknown();
	else if (fields.file) errors.file = m.review_error_file_empty();
	else for (const name of Object.keys(fields)) errors[name] = m.review_error_unknown_value();
	if (Object.keys(errors).length === 0) errors._ = m.review_error_generic();
	return fail(failure.status, { errors, values } satisfies FormFailure);
}

/** A service error met while loading a page, as the error page: 404, 403, or 409 "locked". */
export function pageErrorFor(failure: unknown): never {
	if (!(failure instanceof AppError)) throw failure;
	if (failure.code === 'conflict') error(409, { message: m.review_error_locked(), code: 'conflict' });
	if (failure.code === 'forbidden') error(403, { message: m.review_error_forbidden(), code: 'forbidden' });
	error(failure.status === 401 ? 401 : 404, { message: m.review_error_not_found(), code: failure.code });
}
