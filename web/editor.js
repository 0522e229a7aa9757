// The code editor: CodeMirror 6 with Rust highlighting, the engine's
// diagnostics as lint underlines, and the current step's line highlighted.
//
// Only the pieces the playground uses are imported (no autocompletion or
// search) to keep the bundle small. Colours come from CSS custom properties
// (style.css), so the light and dark themes need no second editor theme.
import { EditorState, StateEffect, StateField, RangeSetBuilder } from '@codemirror/state';
import { EditorView, Decoration, keymap, lineNumbers, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting, HighlightStyle } from '@codemirror/language';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { linter, setDiagnostics, lintGutter } from '@codemirror/lint';
import { rust } from '@codemirror/lang-rust';
import { tags as t } from '@lezer/highlight';

const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.self], color: 'var(--syn-keyword)' },
  { tag: [t.string, t.special(t.string), t.character], color: 'var(--syn-string)' },
  { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--syn-number)' },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: 'var(--syn-comment)', fontStyle: 'italic' },
  { tag: [t.typeName, t.className, t.namespace], color: 'var(--syn-type)' },
  { tag: [t.function(t.variableName), t.macroName, t.function(t.propertyName)], color: 'var(--syn-fn)' },
  { tag: [t.propertyName], color: 'var(--syn-prop)' },
  { tag: [t.operator, t.punctuation, t.bracket], color: 'var(--syn-punct)' },
  { tag: [t.special(t.variableName)], color: 'var(--syn-number)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--editor-bg)', height: '100%', fontSize: '13.5px' },
  '.cm-rendered': { margin: '0', font: '12px/1.45 var(--mono)', whiteSpace: 'pre' },
  '.cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--fg)' },
  '.cm-content': { caretColor: 'var(--accent)', fontFamily: 'var(--mono)', padding: '8px 0' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.55' },
  '.cm-gutters': { backgroundColor: 'var(--editor-gutter)', color: 'var(--muted)', border: 'none', borderRight: '1px solid var(--line)' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--fg)' },
  // Focus shows as a ring inside the editor's edge, as on every other control.
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '-2px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--accent)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection) !important' },
  '.cm-matchingBracket': { backgroundColor: 'var(--bracket-match)', outline: '1px solid var(--accent-soft)' },
  '.cm-step-line': { backgroundColor: 'var(--step-line)', boxShadow: 'inset 3px 0 0 var(--accent)' },
  '.cm-step-range': { backgroundColor: 'var(--step-range)', borderRadius: '2px' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--fg)', border: '1px solid var(--line)', borderRadius: '6px' },
  '.cm-diagnostic': { fontFamily: 'var(--mono)', fontSize: '12px', whiteSpace: 'pre', padding: '6px 10px', maxWidth: 'min(80ch, 90vw)', overflowX: 'auto' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--danger)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--danger)', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--warn)', textUnderlineOffset: '3px' },
});

// The step being shown: a line decoration plus a mark over the step's span.
const setStep = StateEffect.define();
const stepField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setStep)) deco = e.value;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// Document position of a 1-based line and column (columns count characters).
export function position(doc, line, col) {
  if (line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const l = doc.line(line);
  return Math.min(l.to, l.from + Math.max(0, col - 1));
}

// The engine's diagnostics as CodeMirror lint diagnostics: one per label,
// each carrying the whole rendered rustc message (shown as text, never HTML).
export function toLint(doc, diagnostics) {
  const out = [];
  for (const d of diagnostics || []) {
    const labels = d.labels && d.labels.length ? d.labels : [{ line: 1, col: 1, endLine: 1, endCol: 1, primary: true }];
    for (const l of labels) {
      const from = position(doc, l.line, l.col);
      let to = position(doc, l.endLine || l.line, l.endCol || l.col);
      if (to <= from) to = Math.min(doc.length, from + 1);
      out.push({
        from, to,
        severity: l.primary ? (String(d.rendered || '').startsWith('warning') ? 'warning' : 'error') : 'info',
        message: l.primary ? d.rendered || d.message : `${l.text} (${d.code || 'note'})`,
        renderMessage: () => {
          const pre = document.createElement('pre');
          pre.className = 'cm-rendered';
          pre.textContent = l.primary ? d.rendered || d.message : l.text;
          return pre;
        },
      });
    }
  }
  return out;
}

// The editor lives in a shadow root: CodeMirror injects its styles as
// constructed style sheets there, which the page's CSP allows (a <style>
// element in the document would be blocked). Custom properties still inherit.
// Said to screen readers with the editor's name, and shown under it (index.html).
export const TAB_HINT = '. Tab indents; press Escape then Tab to leave the editor.';

export function createEditor({ parent, doc, onChange, label }) {
  const root = parent.shadowRoot || parent.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), history(), drawSelection(), indentOnInput(), bracketMatching(),
        closeBrackets(), rust(), syntaxHighlighting(highlight), lintGutter(), linter(null), stepField, theme,
        // Four spaces a level, as rustfmt writes. Tab indents; as everywhere in
        // CodeMirror, Escape then Tab moves focus out (the hint says so).
        EditorState.tabSize.of(4), indentUnit.of('    '),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-label': (label || 'Rust program') + TAB_HINT, spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
        EditorView.updateListener.of((u) => u.docChanged && onChange && onChange(u.state.doc.toString())),
      ],
    }),
  });

  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
    },
    setDiagnostics(diagnostics) {
      view.dispatch(setDiagnostics(view.state, toLint(view.state.doc, diagnostics)));
    },
    // step: {line, col, endLine, endCol} or null
    showStep(step) {
      const doc = view.state.doc;
      let deco = Decoration.none;
      if (step && step.line >= 1 && step.line <= doc.lines) {
        const b = new RangeSetBuilder();
        const line = doc.line(step.line);
        b.add(line.from, line.from, Decoration.line({ class: 'cm-step-line' }));
        if (step.endLine === step.line && step.endCol > step.col) {
          const from = position(doc, step.line, step.col), to = position(doc, step.endLine, step.endCol);
          if (to > from) b.add(from, to, Decoration.mark({ class: 'cm-step-range' }));
        }
        deco = b.finish();
      }
      view.dispatch({ effects: setStep.of(deco) });
      if (step && step.line >= 1 && step.line <= doc.lines && !view.hasFocus) {
        view.dispatch({ effects: EditorView.scrollIntoView(doc.line(step.line).from, { y: 'nearest' }) });
      }
    },
    focus: () => view.focus(),
    hasFocus: () => view.hasFocus,
  };
}
