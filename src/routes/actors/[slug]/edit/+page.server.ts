import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser } from '$lib/server/auth/request';
import { AppError, zodFieldErrors } from '$lib/server/errors';
import { concepts, lookup, type Locale, type VocabularyName } from '$lib/server/vocab';
import { CuratorProfileChanges, getActorForEdit, updateActorProfile, type ActorProfileChangesData } from '$lib/server/network/profile';
import { toLocale, type ActorProfile } from '$lib/server/network/present';
import { canCurate } from '$lib/domain/user';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const DESCRIPTION_LANGUAGES = ['en', 'es', 'fr', 'pt'] as const;
type Values = Record<string, string | string[]>;

function options(vocab: VocabularyName, locale: Locale) {
	return concepts(vocab)
		.map((concept) => ({ value: concept.code, label: concept.labels[locale] }))
		.sort((a, b) => a.label.localeCompare(b.label, locale));
}

function valuesOf(profile: ActorProfile): Values {
	const values: Values = {
		name: profile.name,
		otherNames: profile.otherNames.join('\n'),
		type: profile.type,
		country: profile.country ?? '',
		city: profile.city,
		website: profile.website,
		languages: profile.languages.join(', '),
		categories: profile.categories,
		targetGroups: profile.targetGroups,
		mentoringCategories: profile.mentoringCategories,
		sectors: profile.sectors.join('\n'),
		contact_name: profile.contact?.name ?? '',
		contact_email: profile.contact?.email ?? '',
		contact_phone: profile.contact?.phone ?? '',
		contact_role: profile.contact?.role ?? '',
		contactPublic: profile.contactPublic ? 'on' : '',
		foundedYear: profile.foundedYear?.toString() ?? '',
		memberCount: profile.memberCount?.toString() ?? '',
		status: profile.status,
		note: ''
	};
	for (const language of DESCRIPTION_LANGUAGES) values[`description_${language}`] = profile.description[language] ?? '';
	return values;
}

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
const wholeNumber = (text: string, field: string, errors: Record<string, string>) => {
	if (text.trim() === '') return null;
	if (!/^\d{1,9}$/.test(text.trim())) errors[field] = m.network_error_number();
	return Number(text.trim());
};

/** The form as actor changes; numbers that are not numbers are reported here, the rest by zod in the service. */
function changesOf(values: Values, curator: boolean): { changes: ActorProfileChangesData; errors: Record<string, string> } {
	const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
	const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
	const errors: Record<string, string> = {};
	const description: Record<string, string> = {};
	for (const language of DESCRIPTION_LANGUAGES) description[language] = text(`description_${language}`);
	const changes: ActorProfileChangesData = {
		name: text('name'),
		otherNames: lines(text('otherNames')),
		type: text('type'),
		country: text('country') || null,
		city: text('city'),
		website: text('website'),
		languages: text('languages').split(/[,;\n]/).map((value) => value.trim()).filter(Boolean).map((value) => lookup('language', value)?.code ?? value),
		categories: list('categories'),
		targetGroups: list('targetGroups'),
		mentoringCategories: list('mentoringCategories'),
		sectors: lines(text('sectors')),
		description,
		contact: { name: text('contact_name'), email: text('contact_email'), phone: text('contact_phone'), role: text('contact_role') },
		contactPublic: text('contactPublic') === 'on',
		foundedYear: wholeNumber(text('foundedYear'), 'foundedYear', errors),
		memberCount: wholeNumber(text('memberCount'), 'memberCount', errors)
	};
	if (curator && (text('status') === 'draft' || text('status') === 'published')) changes.status = text('status') as 'draft' | 'published';
	return { changes, errors };
}

/** Error keys as form field names: "contact.email" → "contact_email", "otherNames.2" → "otherNames". */
function fieldKeys(fields: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/\.(\d+)$/, '').replace('.', '_'), message]));
}

async function readValues(request: Request): Promise<Values> {
	const form = await request.formData();
	const values: Values = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).map((value) => (typeof value === 'string' ? value.slice(0, 20_000) : ''));
		values[key] = key === 'categories' || key === 'targetGroups' || key === 'mentoringCategories' ? all : all[0];
	}
	return values;
}

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const locale = toLocale(event.locals.locale);
	const profile = await getActorForEdit(await getDb(), user, event.params.slug, locale).catch((failure) => {
		if (failure instanceof AppError) error(404, { message: m.network_error_not_found(), code: 'not_found' });
		throw failure;
	});
	const saved = event.url.searchParams.get('saved');
	return {
		actor: { slug: profile.slug, name: profile.name },
		values: valuesOf(profile),
		isCurator: canCurate(user),
		descriptionLanguages: DESCRIPTION_LANGUAGES.map((code) => ({ code, label: lookup('language', code)?.labels[locale] ?? code })),
		options: {
			types: options('actor-type', locale),
			countries: options('country', locale),
			categories: options('skills-category', locale),
			targetGroups: options('target-group', locale)
		},
		saved: saved !== null && /^\d{1,6}$/.test(saved) ? Number(saved) : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const values = await readValues(event.request);
		const { changes, errors } = changesOf(values, canCurate(user));
		if (Object.keys(errors).length) {
			// Report the other fields' problems in the same round.
			const parsed = CuratorProfileChanges.safeParse({ ...changes, foundedYear: undefined, memberCount: undefined });
			const more = parsed.success ? {} : fieldKeys(zodFieldErrors(parsed.error.issues));
			return fail(400, { errors: { ...more, ...errors }, values });
		}
		let outcome: Awaited<ReturnType<typeof updateActorProfile>>;
		try {
			outcome = await updateActorProfile(await getDb(), user, event.params.slug, changes, { ip: clientContext(event).ip, note: String(values.note ?? '') });
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'invalid_input') {
				return fail(400, { errors: fieldKeys(failure.fields ?? { _: failure.message }), values });
			}
			if (failure instanceof AppError) error(failure.code === 'forbidden' ? 403 : 404, { message: m.network_error_not_found(), code: failure.code });
			throw failure;
		}
		redirect(303, `${localizeHref(`/actors/${outcome.slug}/edit`)}?saved=${outcome.version ?? 0}`);
	}
};
