/** SQL of the roster of specialists. Rows in, rows out. */
import { sql } from 'kysely';
import type { DB } from '../db';
import type { PersonRow, PersonVisibility } from '../db/schema';

export interface PersonColumns {
	name: string;
	categories: string[];
	languages: string[];
	countries: string[];
	available_mentoring: boolean;
	mentoring_categories: string[];
	available_advisory: boolean;
	visibility: PersonVisibility;
	contact: string;
	user_id: string | null;
	bio: Record<string, string>;
}

export async function insertPerson(db: DB, slug: string, columns: PersonColumns): Promise<string> {
	const row = await db
		.insertInto('person')
		.values({ ...columns, slug, bio: JSON.stringify(columns.bio) })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function updatePersonRow(db: DB, id: string, columns: PersonColumns): Promise<boolean> {
	const result = await db
		.updateTable('person')
		.set({ ...columns, bio: JSON.stringify(columns.bio), updated_at: sql`now()` })
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export interface PeopleWhere {
	visibilities: PersonVisibility[];
	/** Also rows linked to this account, whatever their visibility. */
	ownUserId: string | null;
	category: string[];
	language: string[];
	country: string[];
	availability: ('mentoring' | 'advisory')[];
}

/** The people the viewer may see that match the filters, by name. */
export async function selectPeople(db: DB, where: PeopleWhere, limit: number, offset: number): Promise<{ rows: PersonRow[]; total: number }> {
	let query = db.selectFrom('person').where((eb) =>
		eb.or([eb('visibility', 'in', where.visibilities), ...(where.ownUserId ? [eb('user_id', '=', where.ownUserId)] : [])])
	);
	if (where.category.length) query = query.where(sql<boolean>`categories && ${where.category}::text[]`);
	if (where.language.length) query = query.where(sql<boolean>`languages && ${where.language}::text[]`);
	if (where.country.length) query = query.where(sql<boolean>`countries && ${where.country}::text[]`);
	if (where.availability.includes('mentoring')) query = query.where((eb) => eb.or([eb('available_mentoring', '=', true), eb('mentoring_categories', '!=', sql<string[]>`'{}'`)]));
	if (where.availability.includes('advisory')) query = query.where('available_advisory', '=', true);
	const [rows, count] = await Promise.all([
		query.selectAll().orderBy('name').orderBy('id').limit(limit).offset(offset).execute(),
		query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
	]);
	return { rows, total: Number(count.n) };
}

export async function personSlugsLike(db: DB, base: string): Promise<string[]> {
	const rows = await db
		.selectFrom('person')
		.select('slug')
		.where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
		.execute();
	return rows.map((row) => row.slug);
}

export async function findPersonById(db: DB, id: string): Promise<PersonRow | undefined> {
	return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The roster entry linked to an account, if any. */
export async function findPersonOfUser(db: DB, userId: string): Promise<PersonRow | undefined> {
	return db.selectFrom('person').selectAll().where('user_id', '=', userId).executeTakeFirst();
}
