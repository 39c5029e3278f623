import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { clientContext, requirePageUser } from '$lib/server/auth/request';
import { AppError, zodFieldErrors } from '$lib/server/errors';
import { concepts, lookup } from '$lib/server/vocab';
import { createActorProfile } from '$lib/server/network/actor-create';
import { toLocale } from '$lib/server/network/present';
import { formFieldKeys, linesOf, listOf, readFormValues, textOf, vocabOptions, type FormValues } from '$lib/server/network/form-support';
import type { ActorInputData } from '$lib/domain/actor';
import { canCurate } from '$lib/domain/user';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

const MULTI = ['languages', 'categories', 'targetGroups'] as const;

const optionalWhole = (max: number) =>
	z
		.string()
		.trim()
		.regex(/^\d{0,9}$/, m.netform_error_number())
		.transform((text) => (text === '' ? null : Number(text)))
		.refine((value) => value === null || value <= max, m.netform_error_number());

/** The form as the reader filled it, with messages in their language; the service checks vocabularies again. */
const formSchema = () =>
	z.object({
		name: z.string().trim().min(1, m.netform_error_name_required()).max(300, m.netform_error_too_long()),
		otherNames: z.string().max(10_000, m.netform_error_too_long()),
		type: z.string().trim().min(1, m.netform_error_type_required()),
		country: z.string().trim().max(100, m.netform_error_too_long()),
		city: z.string().trim().max(200, m.netform_error_too_long()),
		website: z.string().trim().max(500, m.netform_error_too_long()),
		description: z.string().trim().max(10_000, m.netform_error_too_long()),
		sectors: z.string().max(10_000, m.netform_error_too_long()),
		contact_name: z.string().trim().max(200, m.netform_error_too_long()),
		contact_email: z.string().trim().max(254, m.netform_error_too_long()).pipe(z.union([z.literal(''), z.email(m.netform_error_email())])),
		contact_phone: z.string().trim().max(50, m.netform_error_too_long()),
		contact_role: z.string().trim().max(200, m.netform_error_too_long()),
		foundedYear: optionalWhole(2100).refine((value) => value === null || value >= 1000, m.netform_error_year()),
		memberCount: optionalWhole(100_000_000),
		message: z.string().max(2000, m.netform_error_too_long())
	});

function actorInputOf(values: FormValues, locale: string): { input?: ActorInputData; errors: Record<string, string> } {
	const text = (name: string) => textOf(values, name);
	const parsed = formSchema().safeParse(Object.fromEntries(Object.keys(formSchema().shape).map((key) => [key, text(key)])));
	if (!parsed.success) return { errors: formFieldKeys(zodFieldErrors(parsed.error.issues)) };
	const form = parsed.data;
	return {
		errors: {},
		input: {
			name: form.name,
			otherNames: linesOf(form.otherNames),
			type: form.type,
			country: form.country || null,
			city: form.city,
			website: form.website,
			languages: listOf(values, 'languages'),
			categories: listOf(values, 'categories'),
			targetGroups: listOf(values, 'targetGroups'),
			sectors: linesOf(form.sectors),
			description: form.description ? { [locale]: form.description } : {},
			contact: { name: form.contact_name, email: form.contact_email, phone: form.contact_phone, role: form.contact_role },
			contactPublic: text('contactPublic') === 'on',
			foundedYear: form.foundedYear,
			memberCount: form.memberCount
		}
	};
}

/** Service problems in the reader's language where the field is known; the service's words otherwise. */
function localisedErrors(fields: Record<string, string>): Record<string, string> {
	const known: Record<string, () => string> = {
		type: () => m.netform_error_type_required(),
		website: () => m.netform_error_website(),
		categories: () => m.netform_error_choice(),
		targetGroups: () => m.netform_error_choice(),
		languages: () => m.netform_error_choice()
	};
	const errors = formFieldKeys(fields);
	for (const key of Object.keys(errors)) {
		if (key === 'country') {
			const closest = /did you mean (.+)\?$/.exec(errors.country)?.[1];
			errors.country = closest ? m.netform_error_country_closest({ country: closest }) : m.netform_error_country();
		} else if (known[key]) errors[key] = known[key]();
	}
	return errors;
}

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const locale = toLocale(event.locals.locale);
	return {
		isCurator: canCurate(user),
		locale,
		languageLabel: lookup('language', locale)?.labels[locale] ?? locale,
		sent: event.url.searchParams.get('sent')?.slice(0, 300) ?? null,
		options: {
			types: vocabOptions('actor-type', locale),
			countries: concepts('country')
				.map((concept) => concept.labels[locale])
				.sort((a, b) => a.localeCompare(b, locale)),
			languages: vocabOptions('language', locale),
			categories: vocabOptions('skills-category', locale, (concept) => !concept.parent),
			targetGroups: vocabOptions('target-group', locale)
		}
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requirePageUser(event);
		const locale = toLocale(event.locals.locale);
		const values = await readFormValues(event.request, MULTI);
		const { input, errors } = actorInputOf(values, locale);
		if (!input) return fail(400, { errors, values });
		let outcome: Awaited<ReturnType<typeof createActorProfile>>;
		try {
			outcome = await createActorProfile(await getDb(), user, input, {
				confirmDistinct: textOf(values, 'confirmDistinct') === '1',
				message: textOf(values, 'message'),
				ip: clientContext(event).ip,
				locale
			});
		} catch (failure) {
			if (failure instanceof AppError && failure.code === 'invalid_input') return fail(400, { errors: localisedErrors(failure.fields ?? { _: failure.message }), values });
			if (failure instanceof AppError) error(failure.status, { message: failure.message, code: failure.code });
			throw failure;
		}
		if (outcome.kind === 'duplicates') return { duplicates: outcome.duplicates, values };
		if (outcome.status === 'published') redirect(303, localizeHref(`/actors/${outcome.slug}`));
		redirect(303, `${localizeHref('/actors/new')}?sent=${encodeURIComponent(input.name)}`);
	}
};
