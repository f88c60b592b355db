/** Building SVG elements (no innerHTML: chart text comes from banks and is set as text only). */

const NS = 'http://www.w3.org/2000/svg';

type SvgChild = SVGElement | string | null | undefined | false;

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number | undefined> = {}, ...children: SvgChild[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, String(value));
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}
