/**
 * Stylesheets for the elements' shadow roots. A `css` template becomes one constructable
 * stylesheet the first time a shadow root adopts it, shared from then on by every element of its
 * kind: one parse, however many tabs. Only other `css` results can be interpolated (the dark
 * palette goes into two rules), so nothing from the page ever reaches a stylesheet.
 */
export class Styles {
  #sheet: CSSStyleSheet | undefined;

  constructor(readonly cssText: string) {}

  get sheet(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(this.cssText);
    }
    return this.#sheet;
  }
}

export const css = (strings: TemplateStringsArray, ...values: Styles[]): Styles =>
  new Styles(strings.reduce((text, part, index) => text + values[index - 1]!.cssText + part));

export function adoptStyles(root: ShadowRoot, styles: readonly Styles[]): void {
  root.adoptedStyleSheets = styles.map((style) => style.sheet);
}
