// The masthead's menu button: on a phone the masthead is the title and this button, which shows or hides the intro,
// the page's actions and the language switcher. On wider screens the button is hidden and everything shows (CSS).

export interface Disclosure {
  set(open: boolean): void;
  readonly open: boolean;
}

/** A button that shows and hides a region (aria-expanded on the button, data-open on the region); Escape closes it. */
export function disclosure(button: HTMLElement, region: HTMLElement, initiallyOpen: boolean,
  onChange: (open: boolean) => void): Disclosure {
  let open = initiallyOpen;
  const set = (value: boolean) => {
    open = value;
    button.setAttribute('aria-expanded', String(open));
    region.dataset.open = String(open);
  };
  button.addEventListener('click', () => {
    set(!open);
    onChange(open);
  });
  region.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    set(false);
    onChange(false);
    button.focus();
    event.preventDefault();
  });
  set(open);
  return { set, get open() { return open; } };
}
