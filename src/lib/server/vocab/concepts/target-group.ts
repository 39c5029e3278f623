/** Beneficiaries / target groups of actors, practices and resources. */
import type { Concept } from '../types';

export const targetGroups: Concept[] = [
	{
		code: 'women',
		labels: { en: 'Women', es: 'Mujeres', fr: 'Femmes', pt: 'Mulheres' },
		altLabels: {
			en: ['woman', 'women and girls', 'girls', 'young women', 'female workers'],
			es: ['mujer', 'mujeres y niñas', 'niñas', 'mujeres jóvenes', 'trabajadoras'],
			fr: ['femme', 'femmes et filles', 'jeunes filles', 'jeunes femmes', 'travailleuses'],
			pt: ['mulher', 'mulheres e meninas', 'meninas', 'raparigas', 'mulheres jovens', 'trabalhadoras']
		}
	},
	{
		code: 'youth',
		labels: { en: 'Youth', es: 'Jóvenes', fr: 'Jeunes', pt: 'Jovens' },
		altLabels: {
			en: ['young people', 'young persons', 'young workers', 'adolescents', 'NEET', 'NEETs'],
			es: ['juventud', 'joven', 'personas jóvenes', 'adolescentes', 'ninis', 'jóvenes que ni estudian ni trabajan'],
			fr: ['jeunesse', 'jeune', 'jeunes travailleurs', 'adolescents', 'jeunes NEET'],
			pt: ['juventude', 'jovem', 'jovens trabalhadores', 'adolescentes', 'nem-nem']
		}
	},
	{
		code: 'persons-with-disabilities',
		labels: { en: 'Persons with disabilities', es: 'Personas con discapacidad', fr: 'Personnes handicapées', pt: 'Pessoas com deficiência' },
		altLabels: {
			en: ['people with disabilities', 'disabled people', 'disabled persons', 'disability', 'workers with disabilities'],
			es: ['discapacidad', 'personas discapacitadas', 'personas con diversidad funcional', 'trabajadores con discapacidad'],
			fr: ['personnes en situation de handicap', 'handicap', 'travailleurs handicapés', 'personnes avec un handicap'],
			pt: ['deficiência', 'pessoas portadoras de deficiência', 'pessoas com incapacidade', 'trabalhadores com deficiência']
		}
	},
	{
		code: 'rural-workers',
		labels: { en: 'Rural workers', es: 'Trabajadores rurales', fr: 'Travailleurs ruraux', pt: 'Trabalhadores rurais' },
		altLabels: {
			en: ['rural population', 'rural areas', 'rural communities', 'rural economy', 'farmers', 'agricultural workers'],
			es: ['población rural', 'zonas rurales', 'comunidades rurales', 'economía rural', 'agricultores', 'trabajadores agrícolas', 'campesinos'],
			fr: ['population rurale', 'zones rurales', 'monde rural', 'économie rurale', 'agriculteurs', 'travailleurs agricoles'],
			pt: ['população rural', 'zonas rurais', 'áreas rurais', 'comunidades rurais', 'economia rural', 'agricultores', 'trabalhadores agrícolas']
		}
	},
	{
		code: 'informal-economy-workers',
		labels: {
			en: 'Informal economy workers',
			es: 'Trabajadores de la economía informal',
			fr: 'Travailleurs de l’économie informelle',
			pt: 'Trabalhadores da economia informal'
		},
		altLabels: {
			en: ['informal economy', 'informal sector', 'informal workers', 'informal employment'],
			es: ['economía informal', 'sector informal', 'trabajadores informales', 'empleo informal'],
			fr: ['économie informelle', 'secteur informel', 'travailleurs informels', 'emploi informel'],
			pt: ['economia informal', 'setor informal', 'sector informal', 'trabalhadores informais', 'emprego informal']
		}
	},
	{
		code: 'migrants',
		labels: { en: 'Migrants', es: 'Migrantes', fr: 'Migrants', pt: 'Migrantes' },
		altLabels: {
			en: ['migrant', 'migrant workers', 'immigrants', 'labour migrants', 'migration', 'return migrants'],
			es: ['migrante', 'trabajadores migrantes', 'personas migrantes', 'inmigrantes', 'migración'],
			fr: ['migrant', 'travailleurs migrants', 'personnes migrantes', 'immigrés', 'migration'],
			pt: ['migrante', 'trabalhadores migrantes', 'imigrantes', 'migração']
		}
	},
	{
		code: 'refugees',
		labels: { en: 'Refugees', es: 'Refugiados', fr: 'Réfugiés', pt: 'Refugiados' },
		altLabels: {
			en: ['refugee', 'asylum seekers', 'forcibly displaced people', 'displaced people', 'internally displaced persons', 'IDPs'],
			es: ['refugiado', 'personas refugiadas', 'solicitantes de asilo', 'personas desplazadas', 'desplazados internos'],
			fr: ['réfugié', 'demandeurs d’asile', 'personnes déplacées', 'déplacés internes'],
			pt: ['refugiado', 'requerentes de asilo', 'solicitantes de refúgio', 'pessoas deslocadas', 'deslocados internos']
		}
	},
	{
		code: 'indigenous-peoples',
		labels: { en: 'Indigenous peoples', es: 'Pueblos indígenas', fr: 'Peuples autochtones', pt: 'Povos indígenas' },
		altLabels: {
			en: ['indigenous people', 'indigenous communities', 'tribal peoples', 'ethnic minorities'],
			es: ['indígenas', 'comunidades indígenas', 'pueblos originarios', 'pueblos tribales', 'minorías étnicas'],
			fr: ['autochtones', 'peuples indigènes', 'communautés autochtones', 'peuples tribaux', 'minorités ethniques'],
			pt: ['indígenas', 'comunidades indígenas', 'povos originários', 'povos tribais', 'minorias étnicas']
		}
	},
	{
		code: 'unemployed-adults',
		labels: { en: 'Unemployed adults', es: 'Adultos desempleados', fr: 'Adultes sans emploi', pt: 'Adultos desempregados' },
		altLabels: {
			en: ['unemployed', 'unemployed people', 'unemployed workers', 'jobseekers', 'job seekers', 'long-term unemployed'],
			es: ['desempleados', 'personas desempleadas', 'desocupados', 'parados', 'demandantes de empleo', 'buscadores de empleo'],
			fr: ['chômeurs', 'demandeurs d’emploi', 'chômeurs de longue durée', 'personnes sans emploi', 'adultes au chômage'],
			pt: ['desempregados', 'pessoas desempregadas', 'desempregados de longa duração', 'candidatos a emprego']
		}
	},
	{
		code: 'low-skilled-workers',
		labels: { en: 'Low-skilled workers', es: 'Trabajadores poco cualificados', fr: 'Travailleurs peu qualifiés', pt: 'Trabalhadores pouco qualificados' },
		altLabels: {
			en: ['low-skilled adults', 'low-qualified workers', 'low-skilled', 'unskilled workers', 'workers with low skills', 'low-educated adults'],
			es: ['trabajadores poco calificados', 'trabajadores no cualificados', 'adultos poco cualificados', 'baja cualificación', 'baja calificación'],
			fr: ['travailleurs faiblement qualifiés', 'adultes peu qualifiés', 'travailleurs non qualifiés', 'bas niveau de qualification'],
			pt: ['trabalhadores com baixa qualificação', 'adultos pouco qualificados', 'trabalhadores não qualificados', 'baixa qualificação']
		}
	},
	{
		code: 'smes',
		labels: { en: 'SMEs and micro-enterprises', es: 'Pymes y microempresas', fr: 'PME et microentreprises', pt: 'PME e microempresas' },
		altLabels: {
			en: ['SMEs', 'SME', 'MSMEs', 'small and medium-sized enterprises', 'small businesses', 'micro-enterprises', 'microenterprises'],
			es: ['pymes', 'pyme', 'mipymes', 'pequeñas y medianas empresas', 'pequeñas empresas', 'microempresas'],
			fr: ['PME', 'TPE', 'petites et moyennes entreprises', 'très petites entreprises', 'microentreprises', 'micro-entreprises'],
			pt: ['PME', 'PMEs', 'MPE', 'pequenas e médias empresas', 'micro e pequenas empresas', 'microempresas']
		}
	}
];
