// Russian: the printed handout (print/handout.ts).
import type { Catalogue } from '../../messages';

export default {
  'print.caption': 'На карте: {layers}.',
  'print.asOf': 'Сеть на конец {year} года.',
  'print.asOfToday': 'Сеть в {year} году.',
  'print.mapAlt': 'Карта: {title}',
  'print.permalink': 'Этот вид карты в сети',
  'print.scan': 'Отсканируйте код или наберите адрес:',
  'print.qr': 'QR-код адреса этого вида карты',
  'print.sources': 'Источники',
  'print.back': 'Вернуться к карте',
} satisfies Catalogue;
