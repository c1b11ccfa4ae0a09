// A table paged on the server: fetchPage(page, size) answers {items, page, size, totalItems, totalPages} as the
// services' searches do; the pager's buttons ask for the next page.
import { t, esc, num } from './i18n.js';

/**
 * Renders into {@code host}: columns are {key, label, cell(item) → html, num}. {@code onPage(page)} is called when the
 * user moves; it is the caller's to load and render again (the page is kept in the address). {@code noun} counts the rows
 * in the pager ("cán bộ", "lớp"…), {@code empty} is said when there are none; both default to neutral words.
 */
export function pagedTable(host, { id, caption, columns, result, rowKey, onPage, noun, empty }) {
  const { items, page, totalItems, totalPages } = result;
  const head = columns.map(c => `<th scope="col">${esc(c.label)}</th>`).join('');
  const rows = items.length
    ? items.map(item => `<tr data-key="${esc(rowKey(item))}">${columns.map(c =>
      `<td data-field="${c.key}"${c.num ? ' class="num"' : ''}>${c.cell(item)}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${columns.length}" class="empty">${esc(empty ?? t('noItems'))}</td></tr>`;
  const pages = Math.max(1, totalPages);
  host.innerHTML = `<div class="scroll"><table id="${id}" data-total="${totalItems}" data-page="${page}">
      <caption class="sr-only">${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>
    <div class="pager" role="navigation" aria-label="${esc(caption)}">
      <button type="button" id="${id}-prev" ${page <= 0 ? 'disabled' : ''}>‹ ${t('prev')}</button>
      <span id="${id}-status" aria-live="polite">${t('page', { page: num(page + 1), pages: num(pages), total: num(totalItems), noun: noun ?? t('itemsNoun') })}</span>
      <button type="button" id="${id}-next" ${page + 1 >= pages ? 'disabled' : ''}>${t('next')} ›</button>
    </div>`;
  host.querySelector(`#${id}-prev`).addEventListener('click', () => onPage(page - 1));
  host.querySelector(`#${id}-next`).addEventListener('click', () => onPage(page + 1));
}
