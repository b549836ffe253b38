// The page at /: the article is sent to POST /v1/lint a moment after each change (a newer
// change aborts the older request), the findings are listed, and their spans are marked in a
// backdrop behind the transparent textarea. Clicking a finding marks the other side of the
// contradiction and shows it in the list.
'use strict';

const $ = (id) => document.getElementById(id);
const article = $('article');
const backdrop = $('backdrop');
const list = $('findings');
const statusLine = $('status');
const fields = { title: $('title'), published: $('published'), format: $('format') };

let findings = [];
let checkedText = null;
let checkedTitle = '';
let selected = -1;
let pending = null;
let timer = null;

function escapeHTML(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

// Lines end at LF, CRLF or a lone CR, as factlint counts them.
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

// factlint's columns count Unicode scalars from 1; JavaScript strings count UTF-16 units.
function offsetOf(text, starts, line, column) {
  let i = starts[Math.min(Math.max(line, 1), starts.length) - 1];
  for (let n = 1; n < column && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
  }
  return i;
}

function spanIn(text, where) {
  const starts = lineStarts(text);
  const start = offsetOf(text, starts, where.line, where.column);
  const end = offsetOf(text, starts, where.endLine, where.endColumn);
  return { start, end: Math.max(start, end) };
}

// The marks: each finding's span by severity; the selected finding's other side in violet.
function marks() {
  const text = article.value;
  if (text !== checkedText) return [];
  const ranges = [];
  findings.forEach((finding, index) => {
    if (finding.path === 'body') {
      const span = spanIn(text, finding);
      ranges.push({ ...span, classes: [finding.severity], index, active: index === selected });
    }
    if (index === selected) {
      for (const other of finding.related) {
        if (other.path === 'body') ranges.push({ ...spanIn(text, other), classes: ['other'], index, active: false });
      }
    }
  });
  return ranges.filter((range) => range.end > range.start);
}

function renderBackdrop() {
  const text = article.value;
  const ranges = marks();
  const cuts = new Set([0, text.length]);
  for (const range of ranges) { cuts.add(range.start); cuts.add(range.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k];
    const to = points[k + 1];
    const piece = escapeHTML(text.slice(from, to));
    const covering = ranges.filter((range) => range.start <= from && range.end >= to);
    if (covering.length === 0) { html += piece; continue; }
    const order = ['other', 'error', 'warning', 'info'];
    const kind = order.find((name) => covering.some((range) => range.classes.includes(name)));
    const active = covering.some((range) => range.active) ? ' active' : '';
    const index = covering[0].index;
    html += `<mark class="finding ${kind}${active}" data-finding="${index}">${piece}</mark>`;
  }
  // A trailing line break needs something after it to take up its line.
  backdrop.innerHTML = html + '\n ';
  backdrop.scrollTop = article.scrollTop;
}

function quote(where) {
  const text = where.path === 'title' ? checkedTitle : where.path === 'body' ? checkedText : null;
  if (text == null) return '';
  const span = spanIn(text, where);
  return text.slice(span.start, span.end);
}

function place(where) {
  const field = where.path === 'body' ? '' : `${where.path}, `;
  return `${field}line ${where.line}, column ${where.column}`;
}

function renderList() {
  list.innerHTML = '';
  findings.forEach((finding, index) => {
    const item = document.createElement('li');
    item.className = finding.severity + (index === selected ? ' selected' : '');
    item.dataset.index = String(index);
    const others = finding.related.map((other) =>
      `<p>${escapeHTML(other.message)}: <span class="quote">${escapeHTML(quote(other))}</span> (${escapeHTML(place(other))})</p>`).join('');
    const fix = finding.fix ? `<p class="fix">Suggested: ${escapeHTML(finding.fix.replacement || '(delete)')}</p>` : '';
    item.innerHTML = `<div class="where"><span>${finding.severity} · ${escapeHTML(finding.rule)}</span><span>${escapeHTML(place(finding))}</span></div>`
      + `<p class="message">${escapeHTML(finding.message)}</p>${fix}`
      + (others ? `<div class="others">${others}</div>` : '');
    item.addEventListener('click', () => select(index));
    list.appendChild(item);
  });
}

function select(index) {
  selected = selected === index ? -1 : index;
  renderList();
  renderBackdrop();
  const mark = backdrop.querySelector(`mark[data-finding="${index}"]`);
  if (mark && selected === index) {
    article.scrollTop = Math.max(0, mark.offsetTop - 80);
    backdrop.scrollTop = article.scrollTop;
  }
}

function summary(answer, milliseconds) {
  const s = answer.summary;
  if (s.findings === 0) return `No contradictions found (checked in ${milliseconds} ms).`;
  const parts = [];
  if (s.errors) parts.push(`${s.errors} error${s.errors === 1 ? '' : 's'}`);
  if (s.warnings) parts.push(`${s.warnings} warning${s.warnings === 1 ? '' : 's'}`);
  if (s.info) parts.push(`${s.info} note${s.info === 1 ? '' : 's'}`);
  return `${parts.join(', ')} (checked in ${milliseconds} ms).`;
}

async function check() {
  const text = article.value;
  const title = fields.title.value;
  if (pending) pending.abort();
  if (text.trim() === '') {
    findings = [];
    checkedText = text;
    statusLine.textContent = 'Nothing to check yet.';
    renderList();
    renderBackdrop();
    return;
  }
  const request = { body: text, format: fields.format.value };
  if (title.trim() !== '') request.title = title;
  if (fields.published.value) request.published = fields.published.value;
  pending = new AbortController();
  const started = performance.now();
  statusLine.textContent = 'Checking…';
  try {
    const response = await fetch('/v1/lint', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request), signal: pending.signal,
    });
    const answer = await response.json();
    if (!response.ok) {
      statusLine.textContent = answer.error ? answer.error.message : `The service answered ${response.status}.`;
      return;
    }
    findings = answer.findings;
    checkedText = text;
    checkedTitle = title;
    selected = -1;
    statusLine.textContent = summary(answer, Math.round(performance.now() - started));
    renderList();
    renderBackdrop();
  } catch (error) {
    if (error.name !== 'AbortError') statusLine.textContent = `The service did not answer: ${error.message}`;
  }
}

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 250);
}

article.addEventListener('input', () => { renderBackdrop(); scheduleCheck(); });
article.addEventListener('scroll', () => { backdrop.scrollTop = article.scrollTop; });
for (const field of Object.values(fields)) {
  field.addEventListener('input', scheduleCheck);
  field.addEventListener('change', scheduleCheck);
}
renderBackdrop();
