// The page's colours for every browser. The stylesheet describes each colour once, light and dark,
// as `--name: light-dark(LIGHT, DARK);` in :root. Browsers before light-dark() (Safari 17.4,
// Chrome 122, Firefox 119 and older) would drop every such colour, leaving charts without lines
// and notices see-through, so the build writes the same palette as plain values: the light ones
// in :root, the dark ones for a dark system (unless an embed asks for light) and for
// data-theme=dark. Every browser then reads the same colours, and none needs light-dark().
export function expandLightDark(css) {
  const dark = [];
  const out = css.replace(
    /(--[\w-]+)\s*:\s*light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)\s*;/g,
    (_, name, light, d) => {
      dark.push(`${name}: ${d};`);
      return `${name}: ${light};`;
    },
  );
  if (out.replace(/\/\*[\s\S]*?\*\//g, '').includes('light-dark(')) {
    throw new Error('light-dark() is only for the custom properties of :root');
  }
  if (!dark.length) return out;
  const root = out.search(/:root\s*\{/);
  const end = out.indexOf('}', root);
  const block = dark.join(' ');
  return `${out.slice(0, end + 1)}
@media (prefers-color-scheme: dark) { :root:not([data-theme=light]) { ${block} } }
:root[data-theme=dark] { ${block} }${out.slice(end + 1)}`;
}
