import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/i18n/languages';

describe('detectLanguage', () => {
  it('takes lang= from the address when it is one of ours', () => {
    expect(detectLanguage('?lang=zh', ['ru-RU'])).toBe('zh');
    expect(detectLanguage('?view=4/41/76&lang=ru', [])).toBe('ru');
  });

  it('otherwise follows the first preferred language it has, whatever the region', () => {
    expect(detectLanguage('', ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(detectLanguage('?lang=fr', ['zh-TW'])).toBe('zh');
  });

  it('falls back to English', () => {
    expect(detectLanguage('', ['de', 'fr'])).toBe('en');
    expect(detectLanguage('?lang=EN', [])).toBe('en');
  });
});
