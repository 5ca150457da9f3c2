// Every unit test reads the interface in English unless it sets another language itself (setCatalogue).
import { beforeEach } from 'vitest';
import { loadCatalogue, setCatalogue } from '../src/i18n/messages';

const english = await loadCatalogue('en');

setCatalogue('en', english);
beforeEach(() => setCatalogue('en', english));
