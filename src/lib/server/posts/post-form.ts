/**
 * The post form of the pages (new and edit): reading its values, the choices it offers in
 * the reader's language, and service errors as messages next to each field. Only routes
 * import this file (it needs the generated Paraglide messages).
 */
import { m } from '../../paraglide/messages.js';
import { AppError } from '../errors';
import { concepts, type Locale, type VocabularyName } from '../vocab';
import type { PartnerPost } from './present';
import { postDailyLimit, type PostChangesData } from './service';

export type PostFormValues = Record<string, string | string[]>;
const LIST_FIELDS = ['actorTypes', 'categories', 'targetGroups'];

/** The form's fields; checkbox groups as lists, long texts cut at 20,000 characters. */
export async function readPostForm(request: Request): Promise<PostFormValues> {
	const form = await request.formData();
	const values: PostFormValues = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).map((value) => (typeof value === 'string' ? value.slice(0, 20_000) : ''));
		values[key] = LIST_FIELDS.includes(key) ? all.slice(0, 50) : all[0];
	}
	return values;
}

/** The values as service input (countries typed as names or codes, separated by commas). */
export function postInputOf(values: PostFormValues): PostChangesData {
	const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
	const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : text(name) ? [text(name)] : []);
	const input: PostChangesData = {
		title: text('title'),
		description: text('description'),
		actorTypes: list('actorTypes'),
		categories: list('categories'),
		targetGroups: list('targetGroups'),
		countries: text('countries')
			.split(/[,;\n]/)
			.map((value) => value.trim())
			.filter(Boolean),
		scope: (['regional', 'international', 'any'].includes(text('scope')) ? text('scope') : 'any') as PostChangesData['scope'],
		actorId: text('actorId') || null,
		deadline: text('deadline').trim() || null
	};
	if (text('status') === 'open' || text('status') === 'closed') input.status = text('status') as 'open' | 'closed';
	return input;
}

/** A stored post as form values (edit form). */
export function postFormValuesOf(post: PartnerPost): PostFormValues {
	return {
		title: post.title,
		description: post.description,
		actorTypes: post.actorTypes,
		categories: post.categories,
		targetGroups: post.targetGroups,
		countries: post.labels.countries.map((country) => country.label).join(', '),
		scope: post.scope,
		actorId: post.organisation?.id ?? '',
		deadline: post.deadline ?? '',
		status: post.status
	};
}

function options(vocab: VocabularyName, locale: Locale) {
	return concepts(vocab)
		.map((concept) => ({ value: concept.code, label: concept.labels[locale] }))
		.sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The choices of the form in the reader's language. */
export function postFormOptions(locale: Locale) {
	return {
		actorTypes: options('actor-type', locale),
		categories: concepts('skills-category').map((concept) => ({ value: concept.code, label: concept.labels[locale] })),
		targetGroups: options('target-group', locale),
		scopes: [
			{ value: 'regional', label: m.posts_scope_regional() },
			{ value: 'international', label: m.posts_scope_international() },
			{ value: 'any', label: m.posts_scope_any() }
		]
	};
}

/** A service error as field → message in the reader's language, or null when it is not a form problem. */
export function postFormErrors(failure: unknown): Record<string, string> | null {
	if (!(failure instanceof AppError)) return null;
	if (failure.code === 'rate_limited') return { _: m.posts_error_limit({ limit: String(postDailyLimit()) }) };
	if (failure.code !== 'invalid_input') return null;
	const errors: Record<string, string> = {};
	for (const [key, message] of Object.entries(failure.fields ?? { _: failure.message })) {
		const field = key.replace(/\.\d+$/, '');
		if (field === 'title') errors.title = m.posts_error_title();
		else if (field === 'description') errors.description = m.posts_error_description();
		else if (field === 'countries') errors.countries = m.posts_error_countries({ detail: /"([^"]*)"/.exec(message)?.[1] ?? message });
		else if (field === 'deadline') errors.deadline = m.posts_error_deadline();
		else if (field === 'actorId') errors.actorId = m.posts_error_organisation();
		else if (['actorTypes', 'categories', 'targetGroups', 'scope'].includes(field)) errors[field] = m.posts_error_value();
		else errors._ = message;
	}
	return errors;
}

