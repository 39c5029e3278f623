/** The ten operational areas of ILO/Cinterfor's work programme (a … j → c1 … c10). */
import type { Concept } from '../types';

export const cinterforAreas: Concept[] = [
	{
		code: 'c1',
		labels: { en: 'Youth employment and the school-to-work transition', es: 'Empleo juvenil y transición de la escuela al trabajo', fr: 'Emploi des jeunes et transition de l’école au travail', pt: 'Emprego jovem e transição da escola para o trabalho' },
		altLabels: { en: ['youth employment'], es: ['empleo juvenil'], fr: ['emploi des jeunes'], pt: ['emprego jovem', 'emprego juvenil'] }
	},
	{
		code: 'c2',
		labels: { en: 'Lifelong learning', es: 'Aprendizaje a lo largo de la vida', fr: 'Apprentissage tout au long de la vie', pt: 'Aprendizagem ao longo da vida' },
		altLabels: { en: ['lifelong learning for employability and citizenship'], es: ['aprendizaje permanente', 'formación permanente'], fr: ['formation tout au long de la vie'], pt: ['educação ao longo da vida', 'formação ao longo da vida'] }
	},
	{
		code: 'c3',
		labels: { en: 'Financing of training', es: 'Financiación de la formación', fr: 'Financement de la formation', pt: 'Financiamento da formação' },
		altLabels: { en: ['financing and investment in vocational training', 'training finance'], es: ['financiamiento de la formación', 'financiamiento de la capacitación'], fr: ['financement de la formation professionnelle'], pt: ['financiamento da formação profissional'] }
	},
	{
		code: 'c4',
		labels: { en: 'Quality, relevance and equity of training', es: 'Calidad, pertinencia y equidad de la formación', fr: 'Qualité, pertinence et équité de la formation', pt: 'Qualidade, pertinência e equidade da formação' },
		altLabels: { en: ['quality management, relevance and equity in training', 'quality, relevance and equity'], es: ['calidad, pertinencia y equidad'], fr: ['qualité, pertinence et équité'], pt: ['qualidade, relevância e equidade'] }
	},
	{
		code: 'c5',
		labels: { en: 'ICT in training', es: 'TIC en la formación', fr: 'TIC dans la formation', pt: 'TIC na formação' },
		altLabels: { en: ['information and communication technologies in training', 'ICT'], es: ['tecnologías de la información y la comunicación en la formación'], fr: ['technologies de l’information et de la communication dans la formation'], pt: ['tecnologias da informação e comunicação na formação'] }
	},
	{
		code: 'c6',
		labels: { en: 'Curricula and teaching innovation', es: 'Currículos e innovación pedagógica', fr: 'Programmes et innovation pédagogique', pt: 'Currículos e inovação pedagógica' },
		altLabels: { en: ['curricular development and pedagogic innovation', 'curriculum development'], es: ['desarrollo curricular', 'innovación pedagógica'], fr: ['développement des programmes', 'innovation pédagogique'], pt: ['desenvolvimento curricular', 'inovação pedagógica'] }
	},
	{
		code: 'c7',
		labels: { en: 'Vulnerable groups in the informal, domestic and rural economy', es: 'Grupos vulnerables en la economía informal, doméstica y rural', fr: 'Groupes vulnérables de l’économie informelle, domestique et rurale', pt: 'Grupos vulneráveis na economia informal, doméstica e rural' },
		altLabels: { en: ['training for vulnerable groups'], es: ['formación para grupos vulnerables'], fr: ['formation des groupes vulnérables'], pt: ['formação para grupos vulneráveis'] }
	},
	{
		code: 'c8',
		labels: { en: 'Social dialogue in training', es: 'Diálogo social en la formación', fr: 'Dialogue social dans la formation', pt: 'Diálogo social na formação' },
		altLabels: { en: ['social dialogue'], es: ['diálogo social'], fr: ['dialogue social'], pt: ['diálogo social'] }
	},
	{
		code: 'c9',
		labels: { en: 'Gender equality in training', es: 'Igualdad de género en la formación', fr: 'Égalité des genres dans la formation', pt: 'Igualdade de género na formação' },
		altLabels: { en: ['gender equality', 'gender'], es: ['igualdad de género', 'género'], fr: ['égalité entre les femmes et les hommes', 'égalité des genres'], pt: ['igualdade de gênero', 'igualdade de género'] }
	},
	{
		code: 'c10',
		labels: { en: 'Regional qualification frameworks and matching job profiles', es: 'Marcos regionales de cualificaciones y homologación de perfiles', fr: 'Cadres régionaux de certification et reconnaissance mutuelle des profils', pt: 'Quadros regionais de qualificações e homologação de perfis' },
		altLabels: { en: ['regional qualifications frameworks', 'homologation of job profiles', 'qualification frameworks'], es: ['marcos de cualificaciones', 'marcos regionales de cualificaciones', 'homologación de perfiles ocupacionales'], fr: ['cadres de certification', 'homologation des profils professionnels'], pt: ['quadros de qualificações', 'homologação de perfis profissionais'] }
	}
];
