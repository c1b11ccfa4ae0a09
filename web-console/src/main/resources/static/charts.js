// Horizontal bar charts as inline SVG: labelled, each bar focusable and described for screen readers.
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

export function barChart({ id, title, items, describe }) {
  const rowH = 26, labelW = 150, barW = 200, textW = 190, width = labelW + barW + textW;
  const height = Math.max(rowH, items.length * rowH) + 4;
  const max = Math.max(1, ...items.map(i => i.value));
  const rows = items.map((item, n) => {
    const y = n * rowH + 2;
    const w = Math.round(barW * item.value / max);
    return `<g tabindex="0" role="listitem" aria-label="${esc(describe(item))}" data-key="${esc(item.key)}" data-value="${item.value}">
      <rect class="bg" x="0" y="${y}" width="${width}" height="${rowH - 2}" fill="transparent"></rect>
      <text x="${labelW - 6}" y="${y + rowH / 2 + 3}" text-anchor="end">${esc(item.label)}</text>
      <rect class="bar" x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 10}" rx="2"></rect>
      <text x="${labelW + w + 6}" y="${y + rowH / 2 + 3}">${esc(item.text)}</text></g>`;
  }).join('');
  return `<figure id="${id}"><figcaption id="${id}-title">${esc(title)}</figcaption>
    <svg role="list" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="max-width:100%;height:auto">${rows}</svg></figure>`;
}
