// English: the guided tour. Each step's facts are those of the timeline events (or trade figures) it cites.
import type { Catalogue } from '../../messages';

export default {
  'tour.label': 'Guided tour',
  'tour.step': 'Step {n} of {total}',
  'tour.previous': 'Previous',
  'tour.play': 'Play',
  'tour.pause': 'Pause',
  'tour.next': 'Next',
  'tour.close': 'Leave the tour',
  'tour.keys': 'Keys: ← previous, → next, Esc leaves the tour.',
  'tour.sources': 'Sources',
  'tour.asOf': 'The network as it stood at the end of {year}.',
  'tour.loading': 'Loading the tour…',
  'tour.trade.amount': 'US${billions} billion',
  'tour.step.belt.title': 'Where the Belt and Road began',
  'tour.step.belt.text': 'On 7 September 2013, in a speech at Nazarbayev University in Astana, China’s president Xi '
    + 'Jinping proposed building a “Silk Road Economic Belt” together with the countries of Central Asia. The idea '
    + 'grew into the Belt and Road Initiative: it was first put forward here, in Kazakhstan.',
  'tour.step.summits.title': 'Six presidents at one table',
  'tour.step.summits.text': 'China and the five Central Asian states held their first summit online in January 2022 '
    + 'and met in person for the first time in Xi’an in May 2023. There they agreed to meet every two years and to '
    + 'set up a permanent secretariat, which opened in Xi’an in March 2024. At the second summit, in Astana in June '
    + '2025, the six presidents signed a treaty of permanent good-neighbourliness, friendship and cooperation.',
  'tour.step.khorgos.title': 'Khorgos: where the rails change width',
  'tour.step.khorgos.text': 'China’s railways are 1,435 mm between the rails, Kazakhstan’s 1,520 mm, so at the border '
    + 'the containers change trains. The second rail crossing between the two countries, Khorgos–Altynkol, opened in '
    + 'December 2012. Beside Altynkol, the Khorgos Gateway dry port handled its first train from China on 29 July '
    + '2015, moving its 30 containers onto broad-gauge wagons in 1 hour 11 minutes; a Kazakh newspaper dates the '
    + 'port’s first work to December 2014.',
  'tour.step.cku.title': 'A new railway through the mountains',
  'tour.step.cku.text': 'The China–Kyrgyzstan–Uzbekistan railway is to run from Kashgar over the Torugart pass to '
    + 'Jalal-Abad and Andijan, changing gauge on the way. The three governments signed their agreement in June 2024 '
    + 'and construction began in December 2024; tunnel works started in April 2025, and in December 2025 Chinese '
    + 'banks agreed to lend about $2.3 billion. Commercial operation is planned for about 2030. Move the year back to '
    + '2023 and the line disappears: it had not been begun.',
  'tour.step.caspian.title': 'Across the Caspian Sea',
  'tour.step.caspian.text': 'No railway crosses the Caspian: wagons and containers go by ferry from Kazakhstan to '
    + 'Azerbaijan. Kuryk’s rail-ferry complex began work in December 2016, and Baku’s new port at Alat, whose ferry '
    + 'terminal had worked since 2014, was opened in May 2018. From Alat the trains run on through Georgia, and since '
    + 'October 2017 also on the Baku–Tbilisi–Kars railway into Türkiye, changing gauge at Akhalkalaki.',
  'tour.step.shift.title': 'Why freight moved to the Middle Corridor',
  'tour.step.shift.text': 'After Russia invaded Ukraine in 2022, some European logistics firms stopped sending goods '
    + 'through Russia and turned to the Middle Corridor across Kazakhstan, the Caspian and the Caucasus: its freight '
    + 'rose from 0.59 million tonnes in 2021 to 1.49 million in 2022. It is not the fastest way; the World Bank found '
    + 'it about three times slower than the northern route. New links followed, such as a Kazakh terminal at Xi’an’s '
    + 'dry port and Chinese trucks shipped across the Caspian from Kuryk, both in 2024.',
  'tour.step.trade.title': 'Trade: what all this is for',
  'tour.step.trade.text': 'The map now colours the five Central Asian states by their trade with China in {year}, as '
    + 'China’s customs report it: {total} in all, {kazakhstan} of it with Kazakhstan. The trade panel sets China’s '
    + 'figures beside the states’ own, each with its source.',
} satisfies Catalogue;
