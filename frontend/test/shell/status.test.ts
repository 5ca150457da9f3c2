import { describe, expect, it, vi } from 'vitest';
import { createStatus } from '../../src/shell/status';

describe('createStatus', () => {
  it('shows loading, then hides when ready', () => {
    const [banner, map] = [document.createElement('div'), document.createElement('div')];
    const status = createStatus(banner, map);
    status.loading('Loading map layers…');
    expect(banner.hidden).toBe(false);
    expect(map.dataset.state).toBe('loading');
    status.progress(2, 5);
    expect(banner.textContent).toContain('2 of 5');
    status.ready();
    expect(banner.hidden).toBe(true);
    expect(map.dataset.state).toBe('ready');
  });

  it('offers a retry when loading failed', () => {
    const [banner, map] = [document.createElement('div'), document.createElement('div')];
    const status = createStatus(banner, map);
    const retry = vi.fn();
    status.error('The map data server cannot be reached.', retry);
    expect(map.dataset.state).toBe('error');
    banner.querySelector('button')?.click();
    expect(retry).toHaveBeenCalledOnce();
  });
});
