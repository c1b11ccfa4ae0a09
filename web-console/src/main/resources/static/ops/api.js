// Calls to the services through the console. Changes carry the CSRF token (SPA mode: the XSRF-TOKEN cookie's value in
// the X-XSRF-TOKEN header); a refusal arrives as an RFC 9457 problem, thrown as a Problem.
import { t, esc, lang } from './i18n.js';

export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail ?? body?.title ?? String(status));
    this.status = status;
    this.body = body ?? {};
  }

  /** Each field named with its reason: the problem's errors[], else its field and detail. */
  get fieldErrors() {
    if (Array.isArray(this.body.errors) && this.body.errors.length) return this.body.errors;
    return this.body.field ? [{ field: this.body.field, reason: this.body.detail }] : [];
  }
}

const cookie = name => document.cookie.split('; ').find(c => c.startsWith(name + '='))?.slice(name.length + 1);

/**
 * A call: {method, json, form (FormData), onUpload (fraction sent, 0…1, for a form)}; answers the parsed JSON (null
 * when there is none).
 */
export async function api(path, { method = 'GET', json, form, onUpload } = {}) {
  // The services answer refusals in the console's language.
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': lang.current };
  if (method !== 'GET') {
    const token = cookie('XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = decodeURIComponent(token);
  }
  let body;
  if (json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
  if (form) body = form;
  const res = onUpload && form ? await sendWithProgress(path, method, headers, form, onUpload)
    : await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (res.status === 401) {
    location.reload();
    throw new Problem(401, { detail: t('signedOut') });
  }
  const text = await res.text();
  let parsed = null;
  try { parsed = text ? JSON.parse(text) : null; } catch { parsed = { detail: text.slice(0, 200) }; }
  if (!res.ok) throw new Problem(res.status, parsed);
  return parsed;
}

/** Clears the messages a form showed last time. */
export function clearProblems(form) {
  form.querySelectorAll('.field-error, .form-error').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(e => { e.removeAttribute('aria-invalid'); e.removeAttribute('aria-describedby'); });
}

/**
 * Shows a problem on a form: each reason beside the field it names (by the field's name, or its first part:
 * {@code qualifications[0].level} → qualifications), the rest at the top. The first field in error takes the focus.
 */
export function showProblem(form, err) {
  clearProblems(form);
  const problem = err instanceof Problem ? err : new Problem(0, { detail: err.message });
  const loose = [];
  let first = null;
  for (const { field, reason } of problem.fieldErrors) {
    const name = String(field ?? '');
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`) ?? form.querySelector(`[name="${CSS.escape(name.split(/[.[]/)[0])}"]`);
    if (!input) { loose.push(`${name}: ${reason}`); continue; }
    const id = `err-${input.name}`;
    let message = document.getElementById(id);
    if (!message) {
      message = document.createElement('p');
      message.className = 'field-error';
      message.id = id;
      message.dataset.field = input.name;
      // Inside the field's label, right under the field, so that the grid of the form keeps its places.
      const label = input.closest('label');
      if (label) label.append(message);
      else input.insertAdjacentElement('afterend', message);
    }
    message.textContent = message.textContent ? `${message.textContent}; ${reason}` : reason;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    first ??= input;
  }
  if (!first || loose.length) {
    const top = document.createElement('div');
    top.className = 'form-error';
    top.setAttribute('role', 'alert');
    // The refusal's title is in the console's language; its detail names the values, as the service wrote it.
    const { title, detail } = problem.body;
    const said = title && detail && !detail.startsWith(title) ? `${title}. ${detail}` : problem.message;
    top.innerHTML = `<strong>${t('problem')}:</strong> ${esc(loose.length ? loose.join('; ') : said)}`;
    form.prepend(top);
    if (!first) top.scrollIntoView({ block: 'nearest' });
  }
  first?.focus();
}

/** fetch() reports no upload progress: an XMLHttpRequest does, and answers here as a Response would. */
function sendWithProgress(path, method, headers, form, onUpload) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    Object.entries(headers).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.upload.onprogress = e => { if (e.lengthComputable) onUpload(e.loaded / e.total); };
    xhr.upload.onload = () => onUpload(1);
    xhr.onload = () => resolve(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status }));
    xhr.onerror = () => reject(new Problem(0, { detail: t('networkFailed') }));
    xhr.send(form);
  });
}

/**
 * The progress of a long operation in {@code host} (a role=status region): a bar with what is being done, first the
 * upload's share sent, then an indeterminate bar while the service works, then nothing once the result is shown.
 */
export function progress(host) {
  const show = (label, fraction) => {
    host.innerHTML = `<label class="progress">${esc(label)} <progress id="${host.id}-bar" max="100"${fraction == null ? ''
      : ` value="${Math.round(fraction * 100)}"`}>${fraction == null ? '' : Math.round(fraction * 100) + ' %'}</progress></label>`;
  };
  return {
    sending: (label, working) => fraction => show(fraction < 1 ? `${label} ${Math.round(fraction * 100)} %` : working, fraction < 1 ? fraction : null),
    working: label => show(label, null),
    step: (label, done, total) => show(`${label} ${done}/${total}`, total ? done / total : null),
    clear: () => { host.innerHTML = ''; }
  };
}

/** The confirmation of a change, shown once, above the next screen drawn (whichever module draws it). */
let flash = null;
export const setFlash = message => { flash = message; };
export const takeFlash = () => { const f = flash; flash = null; return f ? `<p class="notice ok" role="status" id="flash">${esc(f)}</p>` : ''; };
