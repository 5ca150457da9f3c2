import type { Catalogue } from '../../messages';

export default {
  'timeline.tab': 'Хроника',
  'timeline.heading': 'Хроника',
  'timeline.intro': 'События, которые сформировали коридоры, от ранних к поздним. Выберите событие, чтобы увидеть на '
    + 'карте, чего оно касается, и сеть такой, какой она была в тот год.',
  'timeline.translationNote': 'События описаны по-английски; русский и китайский тексты — собственный перевод атласа.',
  'timeline.clear': 'Снять выбор',
  'timeline.list': 'События по датам',
  'timeline.shown': '{title}: показано на карте по состоянию на {year} год',
  'timeline.sources': 'Источники: {count}',
  'timeline.accessed': 'дата обращения: {date}',
  'timeline.loading': 'Загрузка хроники…',
  'timeline.error': 'Не удалось загрузить хронику ({message}).',
  'timeline.asOf.label': 'Сеть на',
  'timeline.asOf.today': 'Сегодня',
  'timeline.asOf.now': 'сегодня',
  'timeline.asOf.note': 'На конец выбранного года: построенные линии — как обычно, строящиеся — пунктиром, ещё не '
    + 'начатые не показаны.',
  'timeline.popup.dates': 'Даты',
  'timeline.popup.events': 'События',
  'timeline.popup.opened': 'Открыто',
  'timeline.popup.constructionStart': 'Начало строительства',
  'timeline.popup.plannedSince': 'В планах с',
} satisfies Catalogue;
