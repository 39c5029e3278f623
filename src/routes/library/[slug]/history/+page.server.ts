import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageUser } from '$lib/server/auth/request';
import { listResourceVersions, type FieldChange } from '$lib/server/library/versions';
import { pageErrorFor } from '$lib/server/library/review-form';
import { label, type Locale } from '$lib/server/vocab';

type Value = FieldChange['before'];

/** A snapshot value as the reader reads it: vocabulary labels in their language, lists joined. */
function display(field: FieldChange['field'], value: Value, locale: Locale): string | null {
	if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
	const labels = (vocab: Parameters<typeof label>[0]) => (value as string[]).map((code) => label(vocab, code, locale)).join(', ');
	switch (field) {
		case 'language':
			return label('language', value as string, locale);
		case 'type':
			return label('resource-type', value as string, locale);
		case 'categories':
			return labels('skills-category');
		case 'targetGroups':
			return labels('target-group');
		case 'countries':
			return labels('country');
		case 'regions':
			return labels('ilo-region');
		case 'topics':
		case 'authors':
			return (value as string[]).join('; ');
		case 'publisherActorId':
		case 'workId':
			return (value as string).slice(0, 8);
		case 'file': {
			const file = value as { name: string; sizeBytes: number; sha256: string };
			return `${file.name} (${Math.max(1, Math.round(file.sizeBytes / 1024))} kB, sha256 ${file.sha256.slice(0, 12)}…)`;
		}
		default:
			return String(value);
	}
}

export const load: PageServerLoad = async (event) => {
	const user = requirePageUser(event);
	const locale = event.locals.locale as Locale;
	const history = await listResourceVersions(await getDb(), user, event.params.slug).catch(pageErrorFor);
	return {
		resource: history.resource,
		reviews: history.reviews,
		versions: history.versions.map((version, index) => ({
			version: version.version,
			// The oldest version kept shows the whole record rather than a change.
			initial: index === history.versions.length - 1,
			kind: version.kind,
			by: version.changedBy.id || version.changedBy.name ? version.changedBy.name : null,
			note: version.note,
			createdAt: version.createdAt,
			changes: version.changes
				.filter((change) => !(index === history.versions.length - 1 && change.field === 'workId'))
				.map((change) => ({
				field: change.field,
				// Status changes are shown as words on the page.
				raw: change.field === 'status' ? { before: change.before as string | undefined, after: change.after as string } : null,
				before: display(change.field, change.before, locale),
				after: display(change.field, change.after, locale)
			}))
		}))
	};
};
