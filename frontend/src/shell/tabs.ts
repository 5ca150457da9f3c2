// Tabs for the side panel (WAI-ARIA tabs pattern: arrow keys move between tabs, one tab stop).
import { t } from '../i18n/messages';

export interface Tabs {
  panels: Map<string, HTMLElement>;
  select(id: string): void;
}

export function createTabs(
  container: HTMLElement,
  tabs: { id: string; label: string }[],
  selected: string,
  onSelect: (id: string) => void,
): Tabs {
  const list = document.createElement('div');
  list.className = 'tabs';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', t('tabs.label'));
  const buttons = new Map<string, HTMLButtonElement>();
  const panels = new Map<string, HTMLElement>();
  for (const tab of tabs) {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `tab-${tab.id}`;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', `tabpanel-${tab.id}`);
    button.textContent = tab.label;
    button.addEventListener('click', () => select(tab.id, true));
    buttons.set(tab.id, button);
    list.append(button);
    const panel = document.createElement('div');
    panel.id = `tabpanel-${tab.id}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    panels.set(tab.id, panel);
  }
  list.addEventListener('keydown', (event) => {
    const ids = tabs.map((t) => t.id);
    const current = ids.findIndex((id) => buttons.get(id) === document.activeElement);
    if (current < 0) return;
    const next = event.key === 'ArrowRight' ? current + 1 : event.key === 'ArrowLeft' ? current - 1 : null;
    if (next === null) return;
    const id = ids[(next + ids.length) % ids.length]!;
    select(id, true);
    buttons.get(id)!.focus();
  });
  container.append(list, ...panels.values());

  function select(id: string, notify: boolean): void {
    for (const [tabId, button] of buttons) {
      const on = tabId === id;
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      panels.get(tabId)!.hidden = !on;
    }
    if (notify) onSelect(id);
  }
  select(selected, false);
  return { panels, select: (id) => select(id, false) };
}
