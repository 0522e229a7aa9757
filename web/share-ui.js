// The playground's Share and Embed buttons and their dialog. Share puts the
// program, the step and the view into the URL fragment (share.js), copies
// the link and shows it in a field; Embed shows the two snippets to paste
// into a course page: the <stack-heap> element, and the iframe.
import { shareUrl } from './share.js';

// HTML text: the program goes between tags in a snippet, so it is escaped.
export function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const escapeAttr = (text) => escapeHtml(text).replace(/"/g, '&quot;');

// -> {element, iframe}: the snippets for one program state, `base` the
// playground's URL (the folder that holds index.html, embed.html and dist/).
export async function embedSnippets(base, { source, step, view, stdin = '' }) {
  const root = new URL('.', base);
  const attrs = (step ? ` step="${step}"` : '') + (view && view !== 'simple' ? ` view="${view}"` : '') +
    (stdin ? ` stdin="${escapeAttr(stdin)}"` : '');
  const playground = ` playground="${escapeAttr(new URL('index.html', root).href)}"`;
  const element = `<script type="module" src="${escapeAttr(new URL('dist/stack-heap-element.js', root).href)}"></script>\n` +
    `<stack-heap${attrs}${playground}>\n${escapeHtml(source.replace(/\n$/, ''))}\n</stack-heap>`;
  const src = await shareUrl(new URL('embed.html', root).href, { source, step, view, stdin });
  const iframe = `<iframe src="${escapeAttr(src)}" title="Memory diagram (stack-heap)" width="100%" height="460" ` +
    `loading="lazy" style="border:0"></iframe>\n` +
    `<!-- optional: fit the iframe to its content -->\n` +
    `<script>addEventListener("message",e=>{if(e.data&&e.data.type==="stack-heap:resize")` +
    `for(const f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.height=e.data.height})</script>`;
  return { element, iframe };
}

export function setupShare({ getState, dialog, shareButton, embedButton }) {
  const $ = (sel) => dialog.querySelector(sel);
  const open = (mode) => {
    $('[data-mode="share"]').hidden = mode !== 'share';
    $('[data-mode="embed"]').hidden = mode !== 'embed';
    $('h2').textContent = mode === 'share' ? 'Share this program' : 'Embed in a course page';
    $('.copied').textContent = '';
    if (!dialog.open) dialog.showModal();
  };
  async function copy(text, field) {
    field.focus();
    field.select();
    try {
      await navigator.clipboard.writeText(text);
      $('.copied').textContent = 'Copied to the clipboard.';
    } catch {
      $('.copied').textContent = 'Select the text and copy it (the browser did not allow copying).';
    }
  }
  shareButton.addEventListener('click', async () => {
    const url = await shareUrl(location.href.split('#')[0].split('?')[0], getState());
    history.replaceState(null, '', url);
    const field = $('#share-link');
    field.value = url;
    open('share');
    copy(url, field);
  });
  embedButton.addEventListener('click', async () => {
    const { element, iframe } = await embedSnippets(location.href, getState());
    $('#embed-element').value = element;
    $('#embed-iframe').value = iframe;
    open('embed');
  });
  for (const button of dialog.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', () => {
      const field = $('#' + button.dataset.copy);
      copy(field.value, field);
    });
  }
  $('.close').addEventListener('click', () => dialog.close());
}
