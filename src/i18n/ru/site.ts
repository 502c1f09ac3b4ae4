// Русский: рамка каждой страницы, названия разделов, подписи словарей, слова для дат и чисел.
import type { DateCase, PluralForms } from '../format.ts';
import type { Dictionary } from '../index.ts';

export const site: Dictionary['site'] = {
  name: 'Гражданский атлас',
  skipToContent: 'Перейти к содержанию',
  home: 'Главная',
  menu: 'Меню',
  mainNav: 'Основные разделы',
  search: 'Поиск',
  siteSearch: 'Поиск по сайту',
  searchTheAtlas: 'Поиск по атласу',
  colourScheme: 'Цветовая схема',
  schemeAuto: 'Авто',
  schemeLight: 'Светлая',
  schemeDark: 'Тёмная',
  timeline: 'Хронология',
  map: 'Карта',
  data: 'Данные',
  years: 'Годы',
  statistics: 'Статистика',
  openData: 'Открытые данные',
  dataQuality: 'Качество данных',
  contribute: 'Участие в работе',
  rssFeed: 'RSS-лента',
  sitemap: 'Карта сайта',
  footerExplore: 'Обзор',
  footerData: 'Данные и помощь',
  footerAbout: 'Гражданский атлас своими словами рассказывает о работе ОБСЕ с гражданским обществом по открытым источникам, названным на каждой странице.',
  feedTitle: 'Гражданский атлас: все записи',
  languages: 'Языки',
};

export const collections: Dictionary['collections'] = {
  missions: { plural: 'Миссии', singular: 'Миссия', intro: 'Полевые операции ОБСЕ, институты, подразделения Секретариата, Академия и делегации.' },
  projects: { plural: 'Проекты', singular: 'Проект', intro: 'Программы, проекты, мероприятия, кампании и тренинги — с ведущей миссией или без неё.' },
  subprojects: { plural: 'Подпроекты', singular: 'Подпроект', intro: 'Составные части проекта: рабочие группы, тренинги, направления работы.' },
  organizations: { plural: 'Организации', singular: 'Организация', intro: 'Организации гражданского общества, государственные органы, доноры и партнёры, участвовавшие в работе.' },
  people: { plural: 'Люди', singular: 'Человек', intro: 'Люди, названные в источниках, и их должности и роли.' },
  countries: { plural: 'Страны', singular: 'Страна', intro: 'Государства-участники и места, где велась работа.' },
  themes: { plural: 'Темы', singular: 'Тема', intro: 'Вопросы, которыми занимается эта работа.' },
  sources: { plural: 'Источники', singular: 'Источник', intro: 'Открытые документы, из которых взята каждая запись.' },
};

export const vocab: Dictionary['vocab'] = {
  kinds: {
    'field-operation': 'Полевая операция',
    institution: 'Институт',
    secretariat: 'Секретариат',
    'secretariat-unit': 'Подразделение Секретариата',
    academy: 'Академия',
    delegation: 'Делегация',
    programme: 'Программа',
    project: 'Проект',
    event: 'Мероприятие',
    conference: 'Конференция',
    workshop: 'Семинар',
    campaign: 'Кампания',
    training: 'Тренинг',
    dialogue: 'Диалог',
    education: 'Образование',
    research: 'Исследования',
    'technical-assistance': 'Техническая помощь',
    intergovernmental: 'Межправительственная организация',
    'un-agency': 'Агентство ООН',
    ngo: 'Неправительственная организация',
    network: 'Сеть гражданского общества',
    'working-group': 'Рабочая группа',
    government: 'Государственный орган',
    parliament: 'Парламент',
    judiciary: 'Суд или прокуратура',
    'law-enforcement': 'Правоохранительный орган',
    'service-provider': 'Поставщик услуг',
    media: 'СМИ',
    'web-page': 'Веб-страница',
    'project-page': 'Страница проекта',
    'news-article': 'Новостная статья',
    'blog-post': 'Запись в блоге',
    report: 'Выдержка из отчёта',
  },
  roles: {
    implementer: 'Исполнитель',
    funder: 'Донор',
    partner: 'Партнёр',
    coordinator: 'Координатор',
    host: 'Принимающая сторона',
    organizer: 'Организатор',
    'co-organizer': 'Соорганизатор',
    participant: 'Участник',
    beneficiary: 'Получатель помощи',
    signatory: 'Сторона соглашения',
  },
  statuses: { planned: 'Запланирован', ongoing: 'Идёт', completed: 'Завершён', recurring: 'Проводится регулярно' },
};

export const dates: Dictionary['dates'] = {
  from: (date: string) => `с ${date}`,
  until: (date: string) => `до ${date}`,
  /** The case a date takes after "from" / "until" (Russian: genitive, «с июня 2020 г.»). */
  caseAfterFromUntil: 'genitive' as DateCase,
  undated: 'Без даты',
};

const forms = (one: string, few: string, many: string): PluralForms => ({ one, few, many, other: few });
export const counts: Dictionary['counts'] = {
  entries: forms('запись', 'записи', 'записей'),
  projects: forms('проект', 'проекта', 'проектов'),
  subprojects: forms('подпроект', 'подпроекта', 'подпроектов'),
  sources: forms('источник', 'источника', 'источников'),
  results: forms('результат', 'результата', 'результатов'),
  years: forms('год', 'года', 'лет'),
};
