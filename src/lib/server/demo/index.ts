/**
 * The demo network and library: organisations, relations and knowledge records drawn
 * from the seed documents, loaded through the same services as any import. Every demo
 * actor carries the external id `demo`, every demo record `extra.demo`, so a second load
 * matches them all (everything `unchanged`) and a reset removes exactly them.
 */
import type { DB } from '../db';
import { RelationInput } from '../../domain/actor';
import { AppError } from '../errors';
import {
	countActors,
	deleteActorsByExternalIdKey,
	upsertActor,
	upsertRelation,
	validateInput,
	type UpsertStatus
} from '../network/service';
import { countResources, deleteResourcesByExtraKey, upsertResource } from '../library/service';
import { demoActors } from './actors';
import { demoRelations } from './relations';
import { demoResources } from './resources';
import { loadDemoPosts } from './posts';
import { loadDemoProjects } from './projects';

/** The key of the demo ids, in actor.external_ids and resource.extra. */
export const DEMO_KEY = 'demo';

export interface DemoLoadReport {
	/** Demo actors, relations and resources loaded (whatever their status). */
	actors: number;
	relations: number;
	resources: number;
	/** Records of all three kinds by outcome. */
	created: number;
	updated: number;
	unchanged: number;
}

export interface LoadDemoOptions {
	/** Delete the demo records first, then load them afresh. */
	reset?: boolean;
}

/** Loads (or refreshes) the demo data in one transaction; running it twice changes nothing. */
export async function loadDemo(db: DB, options: LoadDemoOptions = {}): Promise<DemoLoadReport> {
	if (db.isTransaction) return loadInto(db, options);
	return db.transaction().execute((trx) => loadInto(trx, options));
}

/** True when the database holds no organisation and no knowledge record (a fresh install). */
export async function databaseIsEmpty(db: DB): Promise<boolean> {
	return (await countActors(db)) === 0 && (await countResources(db)) === 0;
}

async function loadInto(db: DB, options: LoadDemoOptions): Promise<DemoLoadReport> {
	const report: DemoLoadReport = { actors: 0, relations: 0, resources: 0, created: 0, updated: 0, unchanged: 0 };
	const count = (status: UpsertStatus) => report[status]++;
	if (options.reset) {
		await deleteResourcesByExtraKey(db, DEMO_KEY);
		await deleteActorsByExternalIdKey(db, DEMO_KEY);
	}

	const actors = new Map<string, { id: string; slug: string }>();
	for (const { demoId, ...actor } of demoActors) {
		const result = await withContext(`demo actor ${demoId}`, () =>
			upsertActor(db, { ...actor, externalIds: { [DEMO_KEY]: demoId } }, { matchExternalId: DEMO_KEY })
		);
		actors.set(demoId, result);
		count(result.status);
		report.actors++;
	}

	const actorOf = (demoId: string, context: string) => {
		const actor = actors.get(demoId);
		if (!actor) throw new AppError('invalid_input', `${context}: no demo actor "${demoId}".`);
		return actor;
	};

	for (const data of demoRelations) {
		const relation = validateInput(RelationInput, data);
		const context = `demo relation ${relation.from} ${relation.type} ${relation.to}`;
		const result = await withContext(context, () =>
			upsertRelation(db, {
				sourceId: actorOf(relation.from, context).id,
				targetId: actorOf(relation.to, context).id,
				type: relation.type,
				label: relation.label ?? '',
				description: relation.description ?? '',
				startYear: relation.startYear ?? null,
				endYear: relation.endYear ?? null
			})
		);
		count(result.status);
		report.relations++;
	}

	for (const { demoId, publisherDemoId, ...resource } of demoResources) {
		const context = `demo record ${demoId}`;
		const result = await withContext(context, () =>
			upsertResource(
				db,
				{
					...resource,
					status: 'published',
					publisherActor: publisherDemoId ? actorOf(publisherDemoId, context).slug : null,
					extra: { ...resource.extra, [DEMO_KEY]: demoId }
				},
				{ matchExtraKey: DEMO_KEY, matchBy: [] }
			)
		);
		count(result.status);
		report.resources++;
	}
	await withContext('demo projects', () => loadDemoProjects(db, actors));
	await withContext('demo posts', () => loadDemoPosts(db, actors, options));
	return report;
}

/** Names the demo record in an error, so a bad entry in the data files is found at once. */
async function withContext<T>(context: string, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof AppError) throw new AppError(error.code, `${context}: ${error.message}`, { fields: error.fields });
		throw error;
	}
}
