import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import './code-highlight.css';

/**
 * Syntax colours from CSS variables, so each theme sets its own (CodeMirror's default style is for light
 * backgrounds only: on the dark surface its keywords and types read at about 1.3:1). Every colour is at least
 * 4.5:1 on the editor's background and on its active line in its theme.
 */
const style = HighlightStyle.define([
  { tag: t.meta, color: 'var(--code-meta)' },
  { tag: t.link, textDecoration: 'underline' },
  { tag: t.heading, textDecoration: 'underline', fontWeight: 'bold' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strong, fontWeight: 'bold' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: t.keyword, color: 'var(--code-keyword)' },
  { tag: [t.atom, t.bool, t.url, t.contentSeparator, t.labelName], color: 'var(--code-atom)' },
  { tag: [t.literal, t.inserted], color: 'var(--code-literal)' },
  { tag: [t.string, t.deleted], color: 'var(--code-string)' },
  { tag: [t.regexp, t.escape, t.special(t.string)], color: 'var(--code-regexp)' },
  { tag: t.definition(t.variableName), color: 'var(--code-definition)' },
  { tag: t.local(t.variableName), color: 'var(--code-local)' },
  { tag: [t.typeName, t.namespace], color: 'var(--code-type)' },
  { tag: t.className, color: 'var(--code-class)' },
  { tag: [t.special(t.variableName), t.macroName], color: 'var(--code-special)' },
  { tag: t.definition(t.propertyName), color: 'var(--code-property)' },
  { tag: t.comment, color: 'var(--code-comment)' },
  { tag: t.invalid, color: 'var(--code-invalid)' },
]);

/** The editor's own surfaces from the app's tokens: CodeMirror's defaults are light (a pale active line under light text). */
const surfaces = EditorView.theme({
  '&': { color: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '.cm-activeLine': { backgroundColor: 'var(--code-active-line)' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--code-active-line)', color: 'var(--text)' },
});

export const codeHighlighting = [syntaxHighlighting(style), surfaces];
