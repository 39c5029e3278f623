/**
 * Demo knowledge records, part 1: the two ILO knowledge-platform records of seeds 000
 * and 003, the ECCP discussion paper (seed 001), the Skills Innovation Network report
 * (seed 002) and ILO/Cinterfor's work programme (seed 004). Summaries are our own
 * words; titles, publishers, types, topics and figures are those of the sources.
 * Part 2 (the eight inspiring practices) is in resources-practices.ts.
 */
import { practiceResources } from './resources-practices';
import type { DemoResource } from './types';

const NORWAY_COUNTRIES = ['ET', 'GH', 'LB', 'MW', 'SN', 'TZ'];

export const platformResources: DemoResource[] = [
	{
		demoId: 'ksp-skills-development-industrial-clusters',
		title: 'Skills development for industrial clusters: A preliminary review',
		language: 'en',
		type: 'research-paper',
		publisher: 'ILO',
		publisherDemoId: 'ilo',
		topics: ['Other topic'],
		categories: ['5', '6', '1'],
		targetGroups: ['smes'],
		extra: { source: 'ILO knowledge sharing platform', kspResourceTypes: ['case-study', 'research-paper'] },
		abstract: `Why do skills matter so much for industrial clusters? This review argues that they work in both directions: a pool of skills is often what lets a cluster appear, and a growing cluster then trains its own workforce and lets knowledge travel between its firms.

It compares several ways of raising skills levels and concludes that no single recipe fits every cluster. Depending on the case, the answer may be a stronger public system for technical training, better local apprenticeships, training centres set up for the cluster by public and private partners, basic and strategic management skills for entrepreneurs, research ties with universities, or courses that help firms meet international standards on occupational safety, child labour and the environment.

For clusters that lag behind, the paper warns that better technical training is not enough on its own: firms must also improve their products and processes, for example by selling into demanding quality markets, so that they actually ask for higher skills. Cluster development, it concludes, can serve economic and social goals at once, and skills are central to both.`
	},
	{
		demoId: 'ksp-ilo-norway-partnership-en',
		title: 'ILO and the Government of Norway sign a new partnership agreement on skills development and lifelong learning',
		language: 'en',
		type: 'promotional-material',
		publisher: 'ILO',
		publisherDemoId: 'ilo',
		topics: ['Lifelong learning'],
		categories: ['4', '5', '6'],
		countries: NORWAY_COUNTRIES,
		workKey: 'ilo-norway-partnership-agreement',
		extra: { source: 'ILO knowledge sharing platform', programmeAndBudget: '2022-23' },
		abstract: `Norway is making a lightly earmarked contribution to the ILO’s development cooperation so that Ethiopia, Ghana, Lebanon, Malawi, Senegal and Tanzania can strengthen skills development and lifelong learning.

The money backs four lines of work:

- knowing early and reliably which skills will be needed;
- reaching more women and men with learning programmes and services;
- better run and better coordinated skills systems, with sounder policies and funding;
- more shared knowledge, innovation, partnerships and capacity, so that ILO constituents can take on today’s skills challenges.

The ILO will go on offering technical advice, capacity building and help with pilot programmes, paying special attention to vulnerable groups. The agreement serves Outcome 5 of the ILO Programme and Budget 2022–23 on skills and lifelong learning for access to the labour market and transitions within it.`
	},
	{
		demoId: 'ksp-ilo-norway-partnership-fr',
		title: 'L’OIT et la Norvège concluent un nouveau partenariat sur les compétences et l’apprentissage tout au long de la vie',
		language: 'fr',
		type: 'promotional-material',
		publisher: 'OIT',
		publisherDemoId: 'ilo',
		topics: ['Apprentissage tout au long de la vie'],
		categories: ['4', '5', '6'],
		countries: NORWAY_COUNTRIES,
		workKey: 'ilo-norway-partnership-agreement',
		abstract: `La Norvège apporte à la coopération au développement de l’OIT une contribution faiblement affectée pour renforcer les compétences et l’apprentissage tout au long de la vie en Éthiopie, au Ghana, au Liban, au Malawi, au Sénégal et en Tanzanie.

Quatre axes de travail sont prévus : anticiper tôt et de façon fiable les compétences de demain ; faire profiter davantage de femmes et d’hommes de programmes de formation ; mieux gouverner et coordonner les systèmes de compétences, avec des politiques et des financements plus solides ; enfin, enrichir les connaissances, l’innovation et les partenariats dont disposent les mandants de l’OIT.

L’OIT continuera d’apporter son expertise technique et son appui aux programmes pilotes, en portant une attention particulière aux groupes vulnérables. Le partenariat contribue au résultat 5 du programme et budget 2022-2023 de l’OIT.`
	},
	{
		demoId: 'eccp-discussion-paper-1',
		title: 'Supporting skills for industry through clusters',
		language: 'en',
		type: 'research-paper',
		publisher: 'European Cluster Collaboration Platform',
		publisherDemoId: 'eccp',
		authors: ['James Wilson'],
		year: 2020,
		url: 'https://www.clustercollaboration.eu',
		topics: ['Clusters', 'Skills imbalances', 'Upskilling and reskilling'],
		categories: ['5', '4', '6', '1'],
		targetGroups: ['smes'],
		extra: { series: 'ECCP Discussion Paper 1' },
		abstract: `Skills shortages and mismatches in European industry are tied to particular activities and particular places, and the green and digital transitions, sped up by COVID-19, make them sharper. This discussion paper, prepared for the European Expert Group on Clusters in 2020, argues that industrial clusters are well placed to respond because they already bring firms, education and research, and government together around one sector in one region.

It separates four kinds of imbalance (over-qualification, shortage, mismatch and deficit) and proposes a **typology of actions** for cluster organisations along two axes: how widely they must collaborate (alone, with regional partners, internationally) and how complex the action is. Eight inspiring practices, from Aragon to Saxony, illustrate the collaborative cells.

The paper ends with policy proposals in four steps (broaden participation, develop services, engage regionally, connect internationally), including an ECCP “skills hub” with good-practice guides, mentoring, a map of skills actors and a shared repository of online courses.`
	},
	{
		demoId: 'eccp-typology-of-actions-fr',
		title: 'Typologie des actions des organisations de clusters en faveur des compétences',
		language: 'fr',
		type: 'tool-guideline',
		publisher: 'European Cluster Collaboration Platform',
		publisherDemoId: 'eccp',
		year: 2020,
		topics: ['Clusters', 'Typologie des actions'],
		categories: ['5', '4'],
		targetGroups: ['smes'],
		abstract: `Fiche pratique tirée du premier document de réflexion de l’ECCP. Les actions qu’une organisation de cluster peut mener pour les compétences se rangent selon deux critères : l’ampleur de la collaboration (agir seule, avec des partenaires régionaux ou nationaux, avec des partenaires internationaux) et la complexité (faible à moyenne, ou élevée). Le calendrier — court, moyen ou long terme — traverse les six cases.

- **Seule, complexité faible** : sensibiliser, fournir de la veille stratégique, informer sur les financements, organiser des formations ponctuelles.
- **Régional, complexité faible** : cartographier rapidement les besoins des PME, concevoir des formations avec les établissements, attirer des talents, ajuster les cursus, appuyer des normes.
- **International, complexité faible** : se comparer à d’autres clusters, échanger des expériences.
- **Complexité élevée** : suivi stratégique des compétences, pactes régionaux, stratégies d’investissement et d’attraction, alliances internationales.`
	},
	{
		demoId: 'skills-innovation-network-core-group-1',
		title: 'ILO Skills Innovation Network: first Core Group meeting',
		language: 'en',
		type: 'promotional-material',
		publisher: 'ILO',
		publisherDemoId: 'ilo-skills-innovation-facility',
		year: 2020,
		topics: ['Skills innovation', 'Networks'],
		categories: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
		targetGroups: ['youth'],
		extra: { meetingDate: '2020-11-19' },
		abstract: `Report of the first online meeting, on 19 November 2020, of the Core Group that shapes the ILO Skills Innovation Network. The network is meant for all 473 organisations that sent proposals to the Skills Challenge call; the Core Group brings together the best applicants from each region and was to meet five times before the end of January 2021.

Participants looked at a first map of the proposals sorted into eight ILO skills categories, debated in small groups which gaps the list left, and settled on nine categories: work-based learning, recognition of skills, career guidance and employment services, research and data, the skills ecosystem, training delivery, social inclusion, entrepreneurship, and life skills. They also asked that the map show each organisation’s beneficiaries, and noted the role of media, of young people in vulnerable situations and of online training. A Kumu map of the Core Group, filterable by region, country, language and category, was presented as a tool to connect and collaborate.`
	},
	{
		demoId: 'skills-innovation-network-categories-fr',
		title: 'Les neuf catégories de compétences du Réseau d’innovation en compétences de l’OIT',
		language: 'fr',
		type: 'tool-guideline',
		publisher: 'OIT',
		publisherDemoId: 'ilo-skills-innovation-facility',
		year: 2020,
		topics: ['Innovation en compétences', 'Classification'],
		categories: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
		abstract: `Aide-mémoire pour classer les organisations et les projets du réseau. Les membres du groupe restreint ont revu en 2020 les huit catégories initiales de l’OIT et retenu neuf catégories :

1. apprentissage en milieu de travail (apprentissage, stages, formation sur le tas) ;
2. reconnaissance des compétences (évaluation, certification) ;
3. orientation professionnelle et services de l’emploi ;
4. recherche, données et analyse ;
5. écosystème de compétences (liens avec l’industrie, financement innovant, partenariats, approche sectorielle) ;
6. offre de formation ;
7. inclusion sociale et interaction ;
8. entrepreneuriat et travail indépendant ;
9. compétences de vie (compétences non techniques, hygiène de vie, attitudes positives).

L’ancienne liste séparait « liens avec l’industrie et clusters » et « approche sectorielle » : la fiche indique comment passer de l’une à l’autre.`
	},
	{
		demoId: 'cinterfor-work-programme-2007-2009-es',
		title: 'OIT/Cinterfor: programa de trabajo 2007-2009',
		language: 'es',
		type: 'policy-document',
		publisher: 'OIT/Cinterfor',
		publisherDemoId: 'ilo-cinterfor',
		year: 2007,
		topics: ['Formación profesional', 'Gestión del conocimiento'],
		categories: ['1', '2', '5', '6', '7'],
		targetGroups: ['youth', 'women', 'unemployed-adults', 'informal-economy-workers', 'rural-workers', 'indigenous-peoples'],
		workKey: 'cinterfor-work-programme-2007-2009',
		abstract: `Resumen del plan bienal que OIT/Cinterfor acordó con las instituciones de formación de América Latina y el Caribe. Tras consultar a sus miembros, el Centro concentra sus recursos en **diez áreas operativas**: empleo juvenil y paso de la escuela al trabajo; aprendizaje a lo largo de la vida; financiamiento de la formación; calidad, pertinencia y equidad; uso de las TIC; innovación curricular y pedagógica; grupos vulnerables de la economía informal, doméstica y rural; diálogo social; igualdad de género; y marcos regionales de cualificaciones con homologación de perfiles (MERCOSUR, CARICOM, CAN, SICA).

Para cada área se busca una institución que comparta el liderazgo, con proyectos plurianuales cofinanciados. Como herramientas, el programa prevé una base de conocimiento que compare modelos y resultados al instante, una biblioteca virtual, foros de discusión, un registro de especialistas que las instituciones se prestan entre sí, y más publicaciones en inglés y portugués, con algunas en francés y neerlandés para Haití y Surinam.`
	},
	{
		demoId: 'cinterfor-work-programme-2007-2009-pt',
		title: 'OIT/Cinterfor: programa de trabalho 2007-2009',
		language: 'pt',
		type: 'policy-document',
		publisher: 'OIT/Cinterfor',
		publisherDemoId: 'ilo-cinterfor',
		year: 2007,
		topics: ['Formação profissional', 'Gestão do conhecimento'],
		categories: ['1', '2', '5', '6', '7'],
		targetGroups: ['youth', 'women', 'unemployed-adults', 'informal-economy-workers', 'rural-workers', 'indigenous-peoples'],
		workKey: 'cinterfor-work-programme-2007-2009',
		abstract: `Síntese do plano bienal da OIT/Cinterfor para as instituições de formação profissional da América Latina e do Caribe. Depois de ouvir os seus membros, o Centro concentra-se em **dez áreas operacionais**, entre elas o emprego dos jovens e a transição escola-trabalho, a aprendizagem ao longo da vida, o financiamento da formação, a qualidade e a equidade, as TIC, a inovação curricular, os grupos vulneráveis da economia informal e rural, o diálogo social, a igualdade de gênero e os quadros regionais de qualificações.

Cada área terá uma instituição coordenadora e projetos plurianuais cofinanciados. O programa prevê ainda uma base de conhecimento para comparar modelos e resultados, uma biblioteca virtual, fóruns de discussão, uma lista de especialistas cedidos entre instituições e acordos com instituições brasileiras para produzir e difundir mais conteúdos em português.`
	}
];

/** Every knowledge record of the demo library. */
export const demoResources: DemoResource[] = [...platformResources, ...practiceResources];
