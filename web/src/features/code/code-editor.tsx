import { useEffect, useRef } from 'react';
import { basicSetup, EditorView } from 'codemirror';
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import { cspStyleNonce } from './csp-nonce.js';
import { tokenTheme } from './code-theme.js';

export type CodeLanguage = 'ts' | 'js' | 'py';

/** Marks a change that came from props (a language switch, a reset), not from typing: it is not reported back. */
const fromProps = Annotation.define<boolean>();

const languageOf = (lang: CodeLanguage) => (lang === 'py' ? python() : javascript({ typescript: lang === 'ts' }));

/** CodeMirror 6 in a React component. Ctrl/Cmd-Enter runs the examples; Ctrl/Cmd-Shift-Enter submits. */
export function CodeEditor(props: {
  value: string;
  lang: CodeLanguage;
  onChange: (value: string) => void;
  onRun: () => void;
  onSubmit: () => void;
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(null);
  const language = useRef(new Compartment());
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });
  // The first props build the editor; later ones flow in through the effects below.
  const initial = useRef(props);

  useEffect(() => {
    if (!host.current) return;
    const putBack = placeInView(host.current);
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial.current.value,
        extensions: [
          keymap.of([
            { key: 'Mod-Enter', run: () => (handlers.current.onRun(), true) },
            { key: 'Mod-Shift-Enter', run: () => (handlers.current.onSubmit(), true) },
          ]),
          basicSetup,
          tokenTheme,
          language.current.of(languageOf(initial.current.lang)),
          EditorView.updateListener.of((update) => {
            const typed = update.transactions.some((tr) => tr.docChanged && !tr.annotation(fromProps));
            if (typed) handlers.current.onChange(update.state.doc.toString());
          }),
          EditorView.contentAttributes.of({ 'aria-label': initial.current.label }),
          EditorView.cspNonce.of(cspStyleNonce()),
        ],
      }),
    });
    // The editor measures in its first animation frame; the host goes back to its place in the next one.
    const frame = requestAnimationFrame(putBack);
    view.current = editor;
    return () => {
      cancelAnimationFrame(frame);
      putBack();
      editor.destroy();
    };
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(languageOf(props.lang)) });
  }, [props.lang]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== props.value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: props.value }, annotations: fromProps.of(true) });
    }
  }, [props.value]);

  return <div className="code-editor" ref={host} />;
}

const PLACED = ['position', 'top', 'left', 'width', 'visibility'] as const;

/**
 * CodeMirror measures line heights only while the editor is in the window. Built out of view (below the
 * statement at 390 px), its line numbers would sit at estimated heights and drift from the lines until it
 * is scrolled to, and stay drifted in a full-page capture or a print. So an editor built out of view is
 * built hidden at the top of the window, measured there, and put back. Returns what puts it back.
 */
function placeInView(host: HTMLElement): () => void {
  const box = host.getBoundingClientRect();
  if (box.top < window.innerHeight && box.bottom > 0) return () => undefined;
  Object.assign(host.style, { position: 'fixed', top: '0', left: `${box.left}px`, width: `${box.width}px`, visibility: 'hidden' });
  return () => PLACED.forEach((property) => host.style.removeProperty(property));
}
