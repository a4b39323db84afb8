// Types for htl (Observable's hypertext literal), which ships none: `html` and `svg` tagged templates.
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement;
}
