/**
 * The earlier list of 8 ILO skills categories (Annex I of the network's first meeting
 * report), which importers still meet in older spreadsheets. The list itself is the one
 * the report shows, so no category had to be guessed or dropped:
 *   1 Apprenticeships and work-based learning → 1 Work-based learning
 *   2 Assessment, certification and recognition of skills → 2 Recognition of skills
 *   3 Career, entrepreneurship and employment services → 3 Career guidance and employment
 *     services (it also covered what is now 8, Entrepreneurship; `extra.alsoRelatesTo`)
 *   4 Data analysis for skills development → 4 Research, data and analysis
 *   5 Industry linkages, clusters and skills ecosystems → 5 Skills ecosystem
 *   6 Sectoral approach → 5 Skills ecosystem
 *   7 Training delivery → 6 Training delivery
 *   8 Social inclusion → 7 Social inclusion and interaction
 * `extra.mapsTo` holds the code in the list of 9. Life skills (9) had no ancestor.
 */
import type { Concept } from '../types';

export const skillsCategories2019: Concept[] = [
	{
		code: 'old-1',
		labels: {
			en: 'Apprenticeships and work-based learning',
			es: 'Programas de aprendizaje y aprendizaje en el trabajo',
			fr: 'Apprentissage et formation en milieu de travail',
			pt: 'Programas de aprendizagem e aprendizagem no local de trabalho'
		},
		extra: { mapsTo: '1' }
	},
	{
		code: 'old-2',
		labels: {
			en: 'Assessment, certification and recognition of skills',
			es: 'Evaluación, certificación y reconocimiento de competencias',
			fr: 'Évaluation, certification et reconnaissance des compétences',
			pt: 'Avaliação, certificação e reconhecimento de competências'
		},
		extra: { mapsTo: '2' }
	},
	{
		code: 'old-3',
		labels: {
			en: 'Career, entrepreneurship and employment services',
			es: 'Servicios de orientación, emprendimiento y empleo',
			fr: 'Services d’orientation, d’entrepreneuriat et d’emploi',
			pt: 'Serviços de orientação, empreendedorismo e emprego'
		},
		extra: { mapsTo: '3', alsoRelatesTo: ['8'] }
	},
	{
		code: 'old-4',
		labels: {
			en: 'Data analysis for skills development',
			es: 'Análisis de datos para el desarrollo de competencias',
			fr: 'Analyse de données pour le développement des compétences',
			pt: 'Análise de dados para o desenvolvimento de competências'
		},
		altLabels: { en: ['Data and analysis for skills development'] },
		extra: { mapsTo: '4' }
	},
	{
		code: 'old-5',
		labels: {
			en: 'Industry linkages, clusters and skills ecosystems',
			es: 'Vínculos con la industria, clústeres y ecosistemas de competencias',
			fr: 'Liens avec l’industrie, clusters et écosystèmes de compétences',
			pt: 'Vínculos com a indústria, clusters e ecossistemas de competências'
		},
		altLabels: { en: ['Industry-institute linkages, clusters and skills ecosystems'] },
		extra: { mapsTo: '5' }
	},
	{
		code: 'old-6',
		labels: {
			en: 'Sectoral approach',
			es: 'Enfoque sectorial',
			fr: 'Approche sectorielle',
			pt: 'Abordagem setorial'
		},
		altLabels: { en: ['Sectoral approaches'], es: ['Enfoques sectoriales'], fr: ['Approches sectorielles'], pt: ['Abordagens setoriais', 'Abordagem sectorial'] },
		extra: { mapsTo: '5' }
	},
	{
		code: 'old-7',
		labels: {
			en: 'Training delivery',
			es: 'Impartición de la formación',
			fr: 'Offre de formation',
			pt: 'Oferta de formação'
		},
		extra: { mapsTo: '6' }
	},
	{
		code: 'old-8',
		labels: {
			en: 'Social inclusion',
			es: 'Inclusión social',
			fr: 'Inclusion sociale',
			pt: 'Inclusão social'
		},
		extra: { mapsTo: '7' }
	}
];
