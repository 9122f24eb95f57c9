import { useEffect, useRef } from 'react';
import { basicSetup, EditorView } from 'codemirror';
import { EditorState, Compartment } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import { cspStyleNonce } from './csp-nonce.js';

export type CodeLanguage = 'ts' | 'js' | 'py';

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
  handlers.current = props;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: props.value,
        extensions: [
          keymap.of([
            { key: 'Mod-Enter', run: () => (handlers.current.onRun(), true) },
            { key: 'Mod-Shift-Enter', run: () => (handlers.current.onSubmit(), true) },
          ]),
          basicSetup,
          language.current.of(languageOf(props.lang)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) handlers.current.onChange(update.state.doc.toString());
          }),
          EditorView.contentAttributes.of({ 'aria-label': props.label }),
          EditorView.cspNonce.of(cspStyleNonce()),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor is created once; later props flow in through the effects below.
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(languageOf(props.lang)) });
  }, [props.lang]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== props.value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: props.value } });
    }
  }, [props.value]);

  return <div className="code-editor" ref={host} />;
}
