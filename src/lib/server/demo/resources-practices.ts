/**
 * Demo knowledge records, part 2: one case study for each of the eight inspiring
 * cluster practices of the ECCP discussion paper (seed 001), published by the
 * organisation that leads the practice, plus the packaging master's as a course.
 * Summaries are our own words.
 */
import type { DemoResource } from './types';

const caseStudy = { type: 'case-study', year: 2020 } as const;

export const practiceResources: DemoResource[] = [
	{
		...caseStudy,
		demoId: 'practice-encuentra-es',
		title: 'Programa eNCUENTRA: talento digital joven en Aragón',
		language: 'es',
		publisher: 'iDiA – Aragon ICT cluster',
		publisherDemoId: 'idia',
		url: 'https://www.idia.es/programa-encuentra-cursos-empleo/',
		countries: ['ES'],
		topics: ['Competencias digitales', 'Clústeres'],
		categories: ['1', '3', '6', '9'],
		targetGroups: ['youth', 'women'],
		workKey: 'practice-encuentra',
		extra: { practice: 'eNCUENTRA', typologyCell: 'regional / low-medium complexity (ST/MT)' },
		abstract: `Un estudio reveló que a Aragón le faltaban perfiles digitales. El clúster TIC iDiA respondió con eNCUENTRA, una colaboración regional que acompaña a jóvenes —y muy especialmente a mujeres jóvenes— desde el primer contacto con el sector hasta un empleo.

El recorrido tiene varias etapas: difusión y sensibilización, participación y orientación de personas expertas, cursos técnicos y transversales diseñados junto con las empresas y, al final, prácticas y contratación. Participan empresas de distintos sectores que necesitan perfiles TIC, administraciones locales y nacionales y medios de comunicación.`
	},
	{
		...caseStudy,
		demoId: 'practice-encuentra-en',
		title: 'eNCUENTRA: bringing young people into digital jobs in Aragon',
		language: 'en',
		publisher: 'iDiA – Aragon ICT cluster',
		publisherDemoId: 'idia',
		url: 'https://www.idia.es/programa-encuentra-cursos-empleo/',
		countries: ['ES'],
		topics: ['Digital skills', 'Clusters'],
		categories: ['1', '3', '6', '9'],
		targetGroups: ['youth', 'women'],
		workKey: 'practice-encuentra',
		extra: { practice: 'eNCUENTRA', typologyCell: 'regional / low-medium complexity (ST/MT)' },
		abstract: `When a study showed that Aragon (Spain) lacked digital profiles, the regional ICT cluster iDiA set up eNCUENTRA to inspire, guide, train and place young people — young women in particular — in digital work.

Participants move step by step: awareness and outreach, then engagement and guidance from experts, then technical and transversal courses designed with employers, and finally internships and recruitment. Firms from many sectors that need ICT staff, local and national public bodies and media companies take part.`
	},
	{
		...caseStudy,
		demoId: 'practice-packaging-master-es',
		title: 'Máster en Packaging Management: un clúster y una universidad forman a los expertos que pide el sector',
		language: 'es',
		publisher: 'Packaging Cluster',
		publisherDemoId: 'packaging-cluster',
		url: 'https://www.packagingcluster.com/en/training/master-packaging-management/',
		countries: ['ES'],
		topics: ['Envase y embalaje', 'Formación a medida'],
		categories: ['5', '6'],
		targetGroups: ['smes'],
		extra: { practice: 'Masters in Packaging Management', typologyCell: 'regional / low-medium complexity (ST/MT)' },
		abstract: `Ejemplo de colaboración regional entre una organización clúster y una universidad para cubrir necesidades concretas de las empresas. El clúster catalán del packaging y IQS Executive Education (Universidad Ramon Llull) diseñaron un máster de nueve meses y 60 ECTS.

El programa forma especialistas capaces de unir la tecnología del envase con la dirección de operaciones, justo el perfil que las empresas socias del clúster no encontraban en el mercado.`
	},
	{
		demoId: 'course-packaging-master-es',
		type: 'course',
		title: 'Máster en Packaging Management (60 ECTS)',
		language: 'es',
		publisher: 'IQS Executive Education',
		publisherDemoId: 'iqs-executive-education',
		year: 2020,
		url: 'https://www.packagingcluster.com/en/training/master-packaging-management/',
		countries: ['ES'],
		topics: ['Envase y embalaje', 'Dirección de operaciones'],
		categories: ['6'],
		extra: { durationMonths: 9, ects: 60 },
		abstract: `Máster de nueve meses (60 ECTS) para profesionales de la fabricación de envases. Combina materiales y tecnología del packaging con gestión de operaciones y se imparte en colaboración con el Packaging Cluster, que aporta los retos reales de sus empresas.`
	},
	{
		...caseStudy,
		demoId: 'practice-innovation-bureau-en',
		title: 'Skills for the Regions Innovation Bureau: a network of regional skills alliances',
		language: 'en',
		publisher: 'Federal Ministry of Labour and Social Affairs',
		publisherDemoId: 'bmas',
		url: 'https://www.fachkraeftebuero.de/',
		countries: ['DE'],
		topics: ['Regional skills alliances', 'Skilled workers'],
		categories: ['3', '4', '5'],
		targetGroups: ['smes'],
		extra: { practice: 'Skills for the Regions Innovation Bureau', typologyCell: 'regional / low-medium complexity (ST/MT)' },
		abstract: `How can a national programme help regions build their own skills coalitions? Germany’s federal labour ministry answers with an Innovation Bureau that works as a “network of networks”.

Local partners that team up to keep enough skilled workers in their region receive help to build coalitions aimed at the particular imbalances they face. Cluster organisations often take the lead, for example it’s OWL, the technology cluster of OstWestfalenLippe, and the Bavarian Sensorik cluster. The coalitions then run networking and dialogue events, plan training needs, organise courses and experience exchanges, and call in expert consultants.`
	},
	{
		...caseStudy,
		demoId: 'practice-as-fabrik-en',
		title: 'AS-Fabrik: a city alliance for advanced services to industry in Bilbao',
		language: 'en',
		publisher: 'Bilbao City Council',
		publisherDemoId: 'bilbao-city-council',
		url: 'https://www.uia-initiative.eu/en/uia-cities/bilbao',
		countries: ['ES'],
		topics: ['Industry 4.0', 'Knowledge-intensive business services'],
		categories: ['5', '6', '8'],
		targetGroups: ['youth', 'smes'],
		extra: { practice: 'AS-Fabrik Alliance', typologyCell: 'regional / high complexity (MT/LT)' },
		abstract: `Bilbao is building a skills ecosystem for people who work, or will work, in knowledge-intensive services for manufacturing. City authorities, research groups from universities and two clusters — GAIA for ICT and EIKEN for audiovisual — work together, with start-up funding that came from the European Regional Development Fund through Urban Innovative Actions.

Its centrepiece is a “factory” for advanced services to industry: virtual and physical infrastructure to spot what local manufacturers will need from Industry 4.0 in the medium term, interdisciplinary training for students, entrepreneurs and professionals, a durable method for working together, and support for related start-ups.`
	},
	{
		...caseStudy,
		demoId: 'practice-eacp-fr',
		title: 'Partenariat européen des clusters aéronautiques : coopérer entre régions sur les compétences',
		language: 'fr',
		publisher: 'European Aerospace Cluster Partnership',
		publisherDemoId: 'eacp',
		url: 'http://www.eacp-aero.eu/',
		topics: ['Aéronautique', 'Mobilité', 'Stages internationaux'],
		categories: ['1', '4', '5'],
		targetGroups: ['smes', 'youth'],
		extra: { practice: 'European Aerospace Cluster Partnership', typologyCell: 'international / low-medium complexity (ST/MT/LT)' },
		abstract: `Comment des clusters de plusieurs pays peuvent-ils traiter ensemble des difficultés de compétences communes ? Les organisations de clusters aéronautiques réunies dans ce partenariat ont ouvert la voie dès 2013 avec un « pôle compétences » : six ateliers pour comprendre où les systèmes de formation professionnelle répondaient mal aux besoins du secteur.

Un groupe de travail permanent a pris le relais. Il facilite la mobilité entre industrie et monde académique, encourage les stages internationaux d’étudiants, aide les PME à améliorer leur gestion des ressources humaines et organise l’échange de bonnes pratiques.`
	},
	{
		...caseStudy,
		demoId: 'practice-mini-mba-pt',
		title: 'Mini MBA em Manufatura Centrada no Humano: o cluster português de moldes e a Universidade de Manchester',
		language: 'pt',
		publisher: 'Pool-Net – Portuguese Tooling Network',
		publisherDemoId: 'pool-net',
		url: 'http://app.toolingportugal.com/en/',
		countries: ['PT', 'GB'],
		topics: ['Gestão industrial', 'Moldes e ferramentas'],
		categories: ['5', '6'],
		targetGroups: ['smes'],
		workKey: 'practice-mini-mba',
		extra: { practice: 'Mini MBA in Human Centred Manufacturing', typologyCell: 'international / low-medium complexity (ST/MT/LT)' },
		abstract: `Colaboração internacional entre o cluster português de engenharia e ferramentas e a Universidade de Manchester, pensada para os gestores das empresas do cluster.

O curso reforça competências relacionais e técnicas, cruzando conhecimento científico com saber técnico para que as empresas se envolvam mais em investigação e desenvolvimento do setor. Inclui uma missão a Manchester para visitar empresas britânicas.`
	},
	{
		...caseStudy,
		demoId: 'practice-mini-mba-en',
		title: 'Mini MBA in Human Centred Manufacturing: a Portuguese cluster and a British university',
		language: 'en',
		publisher: 'Pool-Net – Portuguese Tooling Network',
		publisherDemoId: 'pool-net',
		url: 'http://app.toolingportugal.com/en/',
		countries: ['PT', 'GB'],
		topics: ['Industrial management', 'Moulds and tooling'],
		categories: ['5', '6'],
		targetGroups: ['smes'],
		workKey: 'practice-mini-mba',
		extra: { practice: 'Mini MBA in Human Centred Manufacturing', typologyCell: 'international / low-medium complexity (ST/MT/LT)' },
		abstract: `An international partnership between Portugal’s engineering and tooling cluster and the University of Manchester produced a short management course for the cluster’s industry managers.

It strengthens both relational and technical skills, mixing scientific and technical knowledge so that firms take a bigger part in research and development for the sector. Participants also travel to Manchester to see how British firms work.`
	},
	{
		...caseStudy,
		demoId: 'practice-dihub-cloud-pt',
		title: 'DIHUB Cloud: uma rede europeia de centros de excelência profissional em tecnologias cloud',
		language: 'pt',
		publisher: 'DIHUB Cloud',
		publisherDemoId: 'dihub-cloud',
		url: 'https://dihubcloud.eu',
		countries: ['FI', 'BG', 'HR', 'EE', 'PT'],
		topics: ['Computação em nuvem', 'Excelência profissional'],
		categories: ['1', '5', '6'],
		targetGroups: ['youth', 'smes'],
		extra: { practice: 'DIHUB Cloud', typologyCell: 'international / high complexity (MT/LT)' },
		abstract: `A DIHUB Cloud usa o financiamento Erasmus+ para Centros de Excelência Profissional (CoVE) para ligar ecossistemas regionais de competências de vários países. Cinco polos interligados — na Finlândia, Bulgária, Croácia, Estónia e Portugal — partilham um programa de formação inovador em tecnologias cloud para estudantes, escolas profissionais e empresas.

Entre os parceiros há centros de formação profissional, universidades, associações empresariais e câmaras de comércio, incluindo o cluster português TICE.PT.`
	},
	{
		...caseStudy,
		demoId: 'practice-metis-en',
		title: 'METIS: a European skills alliance for microelectronics',
		language: 'en',
		publisher: 'METIS – Microelectronics Training, Industry and Skills',
		publisherDemoId: 'metis',
		url: 'http://www.metis4skills.eu/',
		countries: ['DE'],
		topics: ['Microelectronics', 'Sector skills alliances'],
		categories: ['4', '5', '6'],
		extra: { practice: 'METIS', typologyCell: 'international / high complexity (MT/LT)', partners: 20, durationYears: 4 },
		abstract: `METIS shows how Erasmus+ money can seed a lasting international sector skills alliance. Over four years, 20 partners work to close the skills gap in microelectronics, starting from Silicon Saxony in Germany — Europe’s largest microelectronics cluster — and reaching partners across Europe.

The alliance targets the distance between what industry needs and what education offers. It is building a long-term action plan, an observatory that monitors skills needs and a skills council that develops new VET solutions for the European microelectronics sector.`
	}
];
