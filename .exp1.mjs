import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
const db = await PGlite.create({ extensions: { pg_trgm, unaccent } });
await db.exec(`create extension pg_trgm; create extension unaccent;
create text search configuration atlas_spanish (copy = spanish);
alter text search configuration atlas_spanish alter mapping for hword, hword_part, word with unaccent, spanish_stem;
create text search configuration atlas_french (copy = french);
alter text search configuration atlas_french alter mapping for hword, hword_part, word with unaccent, french_stem;
`);
for (const q of [
 "select to_tsvector('atlas_spanish', 'Formación dual para jóvenes en Aragón y él') as v",
 "select to_tsvector('spanish', 'Formación dual para jóvenes en Aragón y él') as v",
 "select websearch_to_tsquery('atlas_spanish', 'formacion jovenes') as v",
 "select to_tsvector('atlas_french', 'L’apprentissage des compétences à l''été') as v",
 "select ts_headline('atlas_spanish', 'Formación dual para jóvenes en Aragón', websearch_to_tsquery('atlas_spanish','formacion'), 'StartSel=<<,StopSel=>>') as v",
 "select show_limit() as v",
 "select word_similarity('apprenticeshp', 'better apprenticeship schemes') as v",
]) console.log((await db.query(q)).rows[0].v);
