// The loading and error banner over the map: what the reader sees while layers load or when the API is away.
import { t } from '../i18n/messages';

export interface Status {
  loading(message: string): void;
  progress(done: number, total: number): void;
  error(message: string, retry: () => void): void;
  ready(): void;
}

export function createStatus(element: HTMLElement, map: HTMLElement): Status {
  const text = document.createElement('span');
  const retryButton = document.createElement('button');
  retryButton.type = 'button';
  retryButton.hidden = true;
  element.replaceChildren(text, retryButton);
  let onRetry: (() => void) | null = null;
  retryButton.addEventListener('click', () => onRetry?.());

  const show = (state: 'loading' | 'error' | 'ready', message: string) => {
    element.dataset.state = state;
    map.dataset.state = state;
    element.hidden = state === 'ready';
    text.textContent = message;
  };

  return {
    loading(message) {
      retryButton.hidden = true;
      show('loading', message);
    },
    progress(done, total) {
      if (map.dataset.state === 'loading') text.textContent = t('status.progress', { done, total });
    },
    error(message, retry) {
      onRetry = retry;
      // Written now, not at creation: the status exists before the page's language has loaded.
      retryButton.textContent = t('status.retry');
      retryButton.hidden = false;
      show('error', message);
    },
    ready() {
      retryButton.hidden = true;
      show('ready', '');
    },
  };
}
