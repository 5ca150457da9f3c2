// English: the printed handout (print/handout.ts).
import type { Catalogue } from '../../messages';

export default {
  'print.caption': 'This map shows: {layers}.',
  'print.asOf': 'The network as it stood at the end of {year}.',
  'print.asOfToday': 'The network as it stands in {year}.',
  'print.mapAlt': 'Map: {title}',
  'print.permalink': 'This view online',
  'print.scan': 'Scan the code or type the address:',
  'print.qr': 'QR code of the address of this view',
  'print.sources': 'Sources',
  'print.back': 'Back to the map',
} satisfies Catalogue;
