/**
 * Partner-search posts on each engine, over the demo network: publishing (concepts found
 * in the text, the daily limit, organisations one manages), the list filters, editing and
 * closing by the author and curators, interest (once, never in one's own or a closed
 * post) and following, with notifications in-app and in the outbox in the recipient's
 * language; script stays inert; the actors suggested for a post.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../helpers/db';
import { loadDemo } from '../../src/lib/server/demo';
import { demoPosts } from '../../src/lib/server/demo/posts';
import { createUser } from '../../src/lib/server/auth/service';
import { listNotifications } from '../../src/lib/server/notify/service';
import { createPost, listPosts, postDailyLimit, updatePost } from '../../src/lib/server/posts/service';
import { expressInterest, followPost, unfollowPost } from '../../src/lib/server/posts/engagement';
import { getPost, getPostPage } from '../../src/lib/server/posts/view';
import { AppError } from '../../src/lib/server/errors';
import type { Role, SessionUser } from '../../src/lib/domain/user';
import { startServer, type RunningServer } from '../e2e/server';
import { failure } from '../helpers/fixtures';

const SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe.each(testEngines())('partner-search posts on %s', (engine) => {
	let database: TestDatabase;
	const db = () => database.db;
	let author: SessionUser;
	let member: SessionUser;
	let spanish: SessionUser;
	let curator: SessionUser;
	let idiaId: string;
	let postSlug: string;

	async function account(email: string, role: Role, locale = 'en', actorIds: string[] = []): Promise<SessionUser> {
		const created = await createUser(db(), { email, password: 'a good long password', role, confirmed: true, locale, displayName: email.split('@')[0] });
		return { id: created.id, email, displayName: email.split('@')[0], role, locale, actorIds };
	}

	async function outboxTo(address: string) {
		return db().selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', address).orderBy('id').execute();
	}

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
		idiaId = (await db().selectFrom('actor').select('id').where('name', 'like', 'iDiA%').executeTakeFirstOrThrow()).id;
		author = await account('author@atlas.test', 'member', 'en', [idiaId]);
		member = await account('member@atlas.test', 'member');
		spanish = await account('lector@atlas.test', 'member', 'es');
		curator = await account('curator@atlas.test', 'curator');
	});
	afterAll(() => database.dispose());

	it('loads the demo posts once, each for its organisation', async () => {
		const list = await listPosts(db(), {}, 'en');
		expect(list.total).toBe(demoPosts.length);
		expect(list.items.every((post) => post.organisation !== null && post.open)).toBe(true);
		await loadDemo(db());
		expect((await listPosts(db(), {}, 'en')).total).toBe(demoPosts.length);
		await loadDemo(db(), { reset: true });
		expect((await listPosts(db(), {}, 'en')).total).toBe(demoPosts.length);
		// A reset gives the demo organisations new ids.
		idiaId = (await db().selectFrom('actor').select('id').where('name', 'like', 'iDiA%').executeTakeFirstOrThrow()).id;
		author.actorIds = [idiaId];
	});

	it('publishes a post for a managed organisation, with categories found in the text', async () => {
		const created = await createPost(db(), author, {
			title: 'Looking for a VET provider for apprenticeships in Portugal',
			description: 'We plan **work-based learning** for young people.',
			actorTypes: ['VET provider'],
			countries: ['Portugal'],
			scope: 'international',
			actorId: idiaId
		});
		postSlug = created.slug;
		const post = await getPost(db(), null, created.slug, 'en', { suggestions: false });
		expect(post.actorTypes).toEqual(['vet-provider']);
		expect(post.countries).toEqual(['PT']);
		expect(post.categories).toContain('1');
		expect(post.targetGroups).toContain('youth');
		expect(post.organisation?.id).toBe(idiaId);
		expect(post.author.name).toBe('author');
		expect(post.open).toBe(true);
		// Others see the count, not who is interested.
		expect(post.interests).toBeNull();
		expect(post.viewer.canExpressInterest).toBe(false);
	});

	it('refuses organisations the member does not manage, unknown values and past deadlines', async () => {
		expect((await failure(createPost(db(), member, { title: 'For someone else', actorId: idiaId }))).code).toBe('invalid_input');
		expect((await failure(createPost(db(), member, { title: 'Somewhere', countries: ['Atlantis'] }))).fields).toHaveProperty('countries');
		expect((await failure(createPost(db(), member, { title: 'Late', deadline: '2001-01-01' }))).fields).toHaveProperty('deadline');
		expect((await failure(createPost(db(), member, { title: 'Odd', deadline: '2030-02-31' }))).code).toBe('invalid_input');
		expect((await failure(createPost(db(), null, { title: 'Visitor' }))).code).toBe('unauthenticated');
		// Every failing field in one answer, so a form can mark them all.
		const all = await failure(createPost(db(), member, { title: 'x', countries: ['PT', 'Atlantis'], actorTypes: ['spaceship'], deadline: '2001-01-01' }));
		expect(Object.keys(all.fields ?? {}).sort()).toEqual(['actorTypes', 'countries', 'deadline', 'title']);
	});

	it('filters the list by category, country, wanted type and words across languages', async () => {
		const byCountry = await listPosts(db(), { country: 'PT' }, 'en');
		expect(byCountry.items.map((post) => post.slug)).toContain(postSlug);
		expect(byCountry.items.every((post) => post.countries.includes('PT'))).toBe(true);
		const byType = await listPosts(db(), { type: 'university' }, 'en');
		expect(byType.total).toBeGreaterThan(0);
		expect(byType.items.every((post) => post.actorTypes.includes('university'))).toBe(true);
		expect((await listPosts(db(), { category: '1', q: 'logística' }, 'en')).items.map((post) => post.title)).toEqual([
			'Buscamos empresas y clústeres para aprendizaje dual en logística'
		]);
		// "apprenticeships" names category 1, so the Spanish post on dual training is found too.
		const across = await listPosts(db(), { q: 'apprenticeships' }, 'en');
		expect(across.items.some((post) => post.title.startsWith('Buscamos'))).toBe(true);
		expect((await listPosts(db(), { q: 'zzzqqq' }, 'en')).total).toBe(0);
		const paged = await listPosts(db(), { perPage: 2, page: 2 }, 'en');
		expect(paged.items.length).toBe(2);
		expect(paged.total).toBe(demoPosts.length + 1);
		expect((await failure(listPosts(db(), { perPage: 1000 }, 'en'))).code).toBe('invalid_input');
	});

	it('takes interest once, tells the author in their language, never in one’s own post', async () => {
		await expressInterest(db(), spanish, postSlug, { message: `Nos interesa ${SCRIPT}` });
		expect((await failure(expressInterest(db(), spanish, postSlug, { message: 'again' }))).code).toBe('conflict');
		expect((await failure(expressInterest(db(), author, postSlug, {}))).code).toBe('conflict');
		expect((await failure(expressInterest(db(), member, postSlug, { actorId: idiaId }))).code).toBe('invalid_input');
		expect((await failure(expressInterest(db(), null, postSlug, {}))).code).toBe('unauthenticated');
		const notices = await listNotifications(db(), author);
		expect(notices.items[0].kind).toBe('posts.interest');
		expect(notices.items[0].title).toContain('lector');
		expect(notices.items[0].link).toBe(`/partners/posts/${postSlug}`);
		const mails = await outboxTo(author.email);
		expect(mails.at(-1)?.subject).toContain('is interested');
		const asAuthor = await getPost(db(), author, postSlug, 'en', { suggestions: false });
		expect(asAuthor.interests?.map((interest) => interest.user.name)).toEqual(['lector']);
		expect(asAuthor.interests?.[0].message).toContain('<script>');
		const asOther = await getPost(db(), member, postSlug, 'en', { suggestions: false });
		expect(asOther.interests).toBeNull();
		expect(asOther.interestCount).toBe(1);
		expect(asOther.viewer.canExpressInterest).toBe(true);
		expect((await getPost(db(), curator, postSlug, 'en', { suggestions: false })).interests?.length).toBe(1);
	});

	it('lets the author and curators edit and close; followers hear of it in their language', async () => {
		await followPost(db(), spanish, postSlug);
		await followPost(db(), spanish, postSlug);
		await followPost(db(), member, postSlug);
		await unfollowPost(db(), member, postSlug);
		expect((await failure(updatePost(db(), member, postSlug, { title: 'Taken over' }))).code).toBe('forbidden');
		expect((await updatePost(db(), author, postSlug, { title: 'Looking for a VET provider in Portugal', description: SCRIPT })).changed).toBe(true);
		expect((await updatePost(db(), author, postSlug, { title: 'Looking for a VET provider in Portugal' })).changed).toBe(false);
		const spanishNotices = await listNotifications(db(), spanish);
		expect(spanishNotices.items[0].kind).toBe('posts.updated');
		expect(spanishNotices.items[0].title).toContain('ha cambiado');
		expect((await listNotifications(db(), member)).items).toEqual([]);
		// A curator closes it: the author is told too.
		await updatePost(db(), curator, postSlug, { status: 'closed' });
		expect((await listNotifications(db(), spanish)).items[0].kind).toBe('posts.closed');
		expect((await listNotifications(db(), author)).items[0].kind).toBe('posts.closed');
		expect((await outboxTo(spanish.email)).at(-1)?.subject).toContain('se ha cerrado');
		expect((await failure(expressInterest(db(), member, postSlug, {}))).code).toBe('conflict');
		expect((await listPosts(db(), {}, 'en')).items.some((post) => post.slug === postSlug)).toBe(false);
		expect((await listPosts(db(), { status: 'closed' }, 'en')).items.map((post) => post.slug)).toEqual([postSlug]);
		const page = await getPostPage(db(), null, postSlug, 'en');
		expect(page.open).toBe(false);
		expect(page.descriptionHtml).not.toMatch(/<script|<img/i);
		expect(page.descriptionHtml).toContain('&lt;script&gt;');
	});

	it('treats a post past its deadline as closed', async () => {
		const { slug } = await createPost(db(), curator, { title: 'Short call for trainers', deadline: '2099-12-31' });
		expect((await listPosts(db(), { q: 'short call' }, 'en')).items[0].deadline).toBe('2099-12-31');
		await db().updateTable('partner_post').set({ deadline: '2001-01-01' }).where('slug', '=', slug).execute();
		expect((await listPosts(db(), { q: 'short call' }, 'en')).total).toBe(0);
		expect((await listPosts(db(), { q: 'short call', status: 'closed' }, 'en')).items[0].open).toBe(false);
		expect((await failure(expressInterest(db(), member, slug, {}))).code).toBe('conflict');
	});

	it('limits posts per account per day (ATLAS_POST_DAILY_LIMIT)', async () => {
		const before = process.env.ATLAS_POST_DAILY_LIMIT;
		process.env.ATLAS_POST_DAILY_LIMIT = '2';
		try {
			await createPost(db(), member, { title: 'First search of the day' });
			await createPost(db(), member, { title: 'First search of the day' });
			const refused = await failure(createPost(db(), member, { title: 'Third search of the day' }));
			expect(refused.code).toBe('rate_limited');
			expect(refused.status).toBe(429);
		} finally {
			if (before === undefined) delete process.env.ATLAS_POST_DAILY_LIMIT;
			else process.env.ATLAS_POST_DAILY_LIMIT = before;
		}
		const slugs = (await listPosts(db(), { q: 'first search' }, 'en')).items.map((post) => post.slug).sort();
		expect(slugs).toEqual(['first-search-of-the-day', 'first-search-of-the-day-2']);
	});

	it('keeps to the daily limit when posts arrive at the same time, and reads a blank limit as the default', async () => {
		const before = process.env.ATLAS_POST_DAILY_LIMIT;
		const racer = await account('racer@atlas.test', 'member');
		process.env.ATLAS_POST_DAILY_LIMIT = '3';
		try {
			const outcomes = await Promise.allSettled(Array.from({ length: 6 }, (_, at) => createPost(db(), racer, { title: `Parallel partner search ${at}` })));
			expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(3);
			for (const outcome of outcomes) if (outcome.status === 'rejected') expect((outcome.reason as AppError).code).toBe('rate_limited');
		} finally {
			if (before === undefined) delete process.env.ATLAS_POST_DAILY_LIMIT;
			else process.env.ATLAS_POST_DAILY_LIMIT = before;
		}
		expect(postDailyLimit({ ATLAS_POST_DAILY_LIMIT: '' })).toBe(5);
		expect(() => postDailyLimit({ ATLAS_POST_DAILY_LIMIT: 'many' })).toThrow(/ATLAS_POST_DAILY_LIMIT/);
	});

	it('refuses interest from an account the author blocked, without saying more', async () => {
		const blocked = await account('blocked@atlas.test', 'member');
		await db().insertInto('user_block').values({ blocker_id: author.id, blocked_id: blocked.id }).execute();
		const open = await createPost(db(), author, { title: 'Looking for a mentor in recognition of skills' });
		const refused = await failure(expressInterest(db(), blocked, open.slug, { message: 'Hello again' }));
		expect(refused.code).toBe('forbidden');
		expect(refused.message).toBe('You cannot express interest in this post.');
	});
});

describe.each(testEngines())('actors suggested for a post on %s', (engine) => {
	let database: TestDatabase;

	beforeAll(async () => {
		database = await createTestDatabase(engine);
		await loadDemo(database.db);
	});
	afterAll(() => database.dispose());

	it('shows ranked suggestions with reasons, leaving out the posting organisation', async () => {
		const list = await listPosts(database.db, { q: 'VET partner in Portugal' }, 'en');
		const demo = list.items.find((post) => post.title.startsWith('Looking for a VET partner in Portugal'));
		expect(demo?.organisation).not.toBeNull();
		const post = await getPost(database.db, null, demo!.slug, 'es');
		expect(post.suggestions.length).toBeGreaterThan(0);
		expect(post.suggestions.length).toBeLessThanOrEqual(10);
		expect(post.suggestions.map((item) => item.actor.id)).not.toContain(demo!.organisation!.id);
		const scores = post.suggestions.map((item) => item.score);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		for (const item of post.suggestions) {
			expect(item.reasons.length).toBeGreaterThan(0);
			expect(item.actor.slug).toBeTruthy();
			expect(JSON.stringify(item)).not.toMatch(/email|phone/i);
		}
		// A VET provider, or an actor in Portugal, ranks among the first suggestions.
		expect(post.suggestions.slice(0, 5).some((item) => item.actor.type === 'vet-provider' || item.actor.country === 'PT')).toBe(true);
	});
});

/** The JSON API and the pages over HTTP, on the real build (run `atlas build` first). */
describe.each(testEngines())('partner posts over HTTP on %s', (engine) => {
	let server: RunningServer;
	let cookie = '';
	const demoSlug = 'looking-for-a-vet-partner-in-portugal-for-digital-skills';
	const send = (path: string, method: string, body?: unknown) =>
		fetch(server.url + path, {
			method,
			redirect: 'manual',
			headers: { 'content-type': 'application/json', cookie, origin: server.url },
			body: body === undefined ? undefined : JSON.stringify(body)
		});

	beforeAll(async () => {
		server = await startServer({ engine, env: { ATLAS_POST_DAILY_LIMIT: '3' } });
		const signIn = await fetch(`${server.url}/sign-in?/signIn`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
			body: new URLSearchParams({ email: server.admin!.email, password: server.admin!.password })
		});
		cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
	});
	afterAll(() => server?.stop());

	it('lists, publishes, reads with suggestions, follows, takes interest and closes through /api/v1/posts', async () => {
		expect(cookie).toMatch(/^atlas_session=/);
		const list = await (await fetch(`${server.url}/api/v1/posts?country=PT&lang=fr`)).json();
		expect(Object.keys(list).sort()).toEqual(['facets', 'items', 'page', 'perPage', 'total']);
		expect(list.items.map((post: { slug: string }) => post.slug)).toContain(demoSlug);
		expect(list.items[0].labels.countries[0].label).toBe('Portugal');
		expect((await fetch(`${server.url}/api/v1/posts?perPage=500`)).status).toBe(400);

		expect((await fetch(`${server.url}/api/v1/posts`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url }, body: '{"title":"Anonymous"}' })).status).toBe(401);
		const created = await send('/api/v1/posts', 'POST', { title: `University wanted ${SCRIPT}`, description: SCRIPT, actorTypes: ['university'], countries: ['ES'] });
		expect(created.status).toBe(201);
		const post = await created.json();
		expect(post.title).toContain('<script>');
		expect(Array.isArray(post.suggestions)).toBe(true);
		expect(post.viewer.canManage).toBe(true);
		const page = await (await fetch(`${server.url}/partners/posts/${post.slug}`)).text();
		expect(page).not.toContain('<script>alert');
		expect(page).toContain('&lt;script');

		const own = await send(`/api/v1/posts/${post.id}/interest`, 'POST', { message: 'me' });
		expect(own.status).toBe(409);
		expect((await own.json()).error.code).toBe('conflict');
		expect((await send(`/api/v1/posts/${demoSlug}/interest`, 'POST', { message: 'Nos interesa' })).status).toBe(201);
		expect((await send(`/api/v1/posts/${demoSlug}/interest`, 'POST', { message: 'again' })).status).toBe(409);
		expect(await (await send(`/api/v1/posts/${demoSlug}/follow`, 'POST')).json()).toMatchObject({ following: true });
		expect(await (await send(`/api/v1/posts/${demoSlug}/follow`, 'DELETE')).json()).toMatchObject({ following: false });

		const closed = await send(`/api/v1/posts/${post.slug}`, 'PATCH', { status: 'closed' });
		expect(closed.status).toBe(200);
		expect(await closed.json()).toMatchObject({ status: 'closed', open: false });
		expect((await send(`/api/v1/posts/${post.slug}`, 'PATCH', { scope: 'galactic' })).status).toBe(400);
		const missing = await fetch(`${server.url}/api/v1/posts/no-such-post`);
		expect(missing.status).toBe(404);
		expect((await missing.json()).error.code).toBe('not_found');
	});

	it('serves the pages without JavaScript: list, post with suggestions, the new-post form and the daily limit', async () => {
		const list = await fetch(`${server.url}/partners/posts?q=logistica`);
		expect(list.status).toBe(200);
		expect(await list.text()).toContain('Buscamos empresas y clústeres para aprendizaje dual en logística');
		const detail = await (await fetch(`${server.url}/partners/posts/${demoSlug}`)).text();
		expect(detail).toContain('Suggested partners');
		expect(detail).toMatch(/href="\/actors\/[a-z0-9-]+"/);
		expect(detail).not.toMatch(/mailto:/);
		expect((await fetch(`${server.url}/partners/posts/new`, { redirect: 'manual' })).status).toBe(303);
		const form = (title: string) =>
			fetch(`${server.url}/partners/posts/new`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', cookie, origin: server.url },
				body: new URLSearchParams({ title, countries: 'Portugal, Brasil', scope: 'regional', actorTypes: 'vet-provider' })
			});
		// One post went through the API above; the limit is 3 a day.
		const first = await form('Formadores para un programa de aprendizaje');
		expect(first.status).toBe(303);
		expect(first.headers.get('location')).toMatch(/^\/partners\/posts\/formadores-para-un-programa-de-aprendizaje$/);
		expect((await form('Second post of the day')).status).toBe(303);
		const refused = await form('Third post of the day');
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('at most 3 posts a day');

		const action = (slug: string, name: string, fields: Record<string, string> = {}) =>
			fetch(`${server.url}/partners/posts/${slug}?/${name}`, {
				method: 'POST',
				redirect: 'manual',
				headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', cookie, origin: server.url },
				body: new URLSearchParams(fields)
			});
		const other = 'training-providers-for-microelectronics-upskilling-of-women';
		const interest = await action(other, 'interest', { message: 'Wir sind interessiert <script>alert(1)</script>' });
		expect(interest.status).toBe(200);
		expect(await interest.text()).toContain('Your interest has been sent to the author.');
		const twice = await action(other, 'interest', { message: 'again' });
		expect(twice.status).toBe(409);
		expect(await twice.text()).toContain('You have already said you are interested in this search.');
		expect((await action(other, 'follow')).status).toBe(303);
		expect(await (await fetch(`${server.url}/partners/posts/${other}`, { headers: { cookie } })).text()).toContain('Stop following');
		expect((await action('formadores-para-un-programa-de-aprendizaje', 'close')).status).toBe(303);
		expect((await (await fetch(`${server.url}/api/v1/posts/formadores-para-un-programa-de-aprendizaje`)).json()).status).toBe('closed');
		const visitor = await fetch(`${server.url}/partners/posts/${other}?/interest`, {
			method: 'POST',
			redirect: 'manual',
			headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: server.url },
			body: new URLSearchParams({ message: 'hi' })
		});
		expect(visitor.status).toBe(303);
		expect(visitor.headers.get('location')).toContain('/sign-in');
	});
});
