/**
 * What a member may send when submitting or editing a knowledge record (the API body,
 * and what the forms produce), and how it becomes resource columns. The status is not
 * part of it: only the review workflow moves a record between statuses.
 */
import { z } from 'zod';
import type { DB } from '../db';
import type { ResourceRow } from '../db/schema';
import { ResourceInput } from '../../domain/resource';
import { invalidInput } from '../errors';
import { languageCodes, regionOfCountry, vocabCode } from '../network/service';
import * as queries from './review-queries';
import { UUID } from '../ids';

export const REVIEW_DECISIONS = ['approve', 'request_changes', 'reject'] as const;
export const REVIEW_COMMENT_MAX = 5000;
export const CHANGE_NOTE_MAX = 2000;

/** The fields of a record a member fills in. */
export const ResourceSubmission = ResourceInput.pick({
	title: true,
	abstract: true,
	language: true,
	type: true,
	categories: true,
	topics: true,
	targetGroups: true,
	countries: true,
	publisher: true,
	authors: true,
	year: true,
	url: true,
	doi: true,
	licence: true
}).extend({
	/** Another language version of the same work: its id, slug or page address. */
	versionOf: z.string().trim().max(500).optional().meta({ description: 'id, slug or page address of another language version of the same work' })
});
export type ResourceSubmission = z.output<typeof ResourceSubmission>;
export type ResourceSubmissionData = z.input<typeof ResourceSubmission>;

/** POST /api/v1/resources. */
export const CreateResourceBody = ResourceSubmission.extend({
	submit: z.boolean().default(false).meta({ description: 'true sends the record for review at once; false keeps it a draft' })
});

/** PATCH /api/v1/resources/{id}: absent fields are kept. */
export const UpdateResourceBody = ResourceSubmission.partial().extend({
	submit: z.boolean().optional().meta({ description: 'true sends the record for review after the change' }),
	note: z.string().trim().max(CHANGE_NOTE_MAX).optional().meta({ description: 'what changed and why, kept with the version' })
});
export type UpdateResourceBody = z.output<typeof UpdateResourceBody>;
export type UpdateResourceData = z.input<typeof UpdateResourceBody>;

/** POST /api/v1/resources/{id}/review: a comment is required unless approving. */
export const ReviewDecisionBody = z
	.object({
		decision: z.enum(REVIEW_DECISIONS),
		comment: z.string().trim().max(REVIEW_COMMENT_MAX).default('')
	})
	.superRefine((value, ctx) => {
		if (value.decision !== 'approve' && !value.comment) {
			ctx.addIssue({ code: 'custom', path: ['comment'], message: 'a comment is required to ask for changes or reject' });
		}
	});
export type ReviewDecisionInput = z.input<typeof ReviewDecisionBody>;

const unique = (values: string[]) => [...new Set(values)];

/** The record another language version points at: an id, a slug, or the address of its page. */
async function findVersionTarget(db: DB, reference: string): Promise<ResourceRow | undefined> {
	const path = reference.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
	const fromPath = /\/library\/([a-z0-9-]+)\/?$/i.exec(path)?.[1];
	if (fromPath) return queries.selectResourceBySlug(db, fromPath.toLowerCase());
	if (UUID.test(reference)) return queries.selectResourceById(db, reference);
	return queries.selectResourceBySlug(db, reference.toLowerCase());
}

/**
 * Resource columns for the fields present in `input` (absent fields are left out, so an
 * edit keeps them). Vocabulary values become codes; countries bring their ILO regions; a
 * publisher named exactly like a published organisation of the directory is linked to it.
 */
export async function submissionColumns(db: DB, input: Partial<ResourceSubmission>): Promise<Record<string, unknown>> {
	const columns: Record<string, unknown> = {};
	if (input.title !== undefined) columns.title = input.title;
	if (input.abstract !== undefined) columns.abstract = input.abstract;
	if (input.language !== undefined) columns.language = languageCodes([input.language])[0];
	if (input.type !== undefined) columns.type = vocabCode('resource-type', input.type, 'type');
	if (input.categories !== undefined) columns.categories = unique(input.categories.map((code) => vocabCode('skills-category', code, 'categories')));
	if (input.topics !== undefined) columns.topics = input.topics;
	if (input.targetGroups !== undefined) columns.target_groups = unique(input.targetGroups.map((code) => vocabCode('target-group', code, 'targetGroups')));
	if (input.countries !== undefined) {
		const countries = unique(input.countries.map((code) => vocabCode('country', code, 'countries')));
		columns.countries = countries;
		columns.regions = unique(countries.map(regionOfCountry).filter((region): region is string => !!region)).sort();
	}
	if (input.publisher !== undefined) {
		columns.publisher_name = input.publisher;
		columns.publisher_actor_id = input.publisher ? await queries.findPublishedActorIdByName(db, input.publisher) : null;
	}
	if (input.authors !== undefined) columns.authors = input.authors;
	if (input.year !== undefined) columns.year = input.year;
	if (input.url !== undefined) columns.url = input.url;
	if (input.doi !== undefined) columns.doi = input.doi;
	if (input.licence !== undefined) columns.licence = input.licence;
	if (input.versionOf) {
		const target = await findVersionTarget(db, input.versionOf);
		// Only a record the platform shows to everyone may be named, so a draft's existence does not leak.
		if (!target || target.status !== 'published') {
			throw invalidInput('versionOf: no published record matches.', { versionOf: 'unknown record' });
		}
		columns.work_id = target.work_id;
	}
	return columns;
}
