import { useState } from 'react';
import type { CalculatorId } from '@shared/api.js';
import { toolOf, type Tool } from '../toolkit/index.js';

// Little's law lives on the capacity calculator's page.
const SLUG: Record<CalculatorId, string> = {
  availability: 'availability',
  'error-budget': 'error-budget',
  latency: 'latency',
  capacity: 'capacity',
  'littles-law': 'capacity',
  ab: 'ab',
  'sample-size': 'sample-size',
  schedule: 'schedule',
};

/** The toolkit's calculators that help with the current section, open beside the editor. */
export function CalculatorDrawer({ ids }: { ids: readonly CalculatorId[] }) {
  const tools = [...new Set(ids.map((id) => SLUG[id]))].map((slug) => toolOf(slug)).filter((t): t is Tool => t !== undefined);
  const [chosen, setChosen] = useState<string>();
  const tool = tools.find((t) => t.slug === chosen) ?? tools[0];
  if (!tool) {
    return (
      <div className="calc-drawer-empty">
        <h2>Calculators</h2>
        <p className="muted small">No calculator for this section. Open the full toolkit from the Toolkit page if you need one.</p>
      </div>
    );
  }
  const { Component } = tool;
  return (
    <div className="calc-drawer">
      <div className="calc-drawer-head">
        <h2>Calculators</h2>
        {tool.pitch && <p className="muted small">{tool.pitch}</p>}
      </div>
      {tools.length > 1 && (
        <div className="drawer-tabs" role="group" aria-label="Calculators for this section">
          {tools.map((t) => (
            <button key={t.slug} type="button" className="chip-button" aria-pressed={t === tool} onClick={() => setChosen(t.slug)}>
              {t.label}
            </button>
          ))}
        </div>
      )}
      <div className="calc-drawer-body">
        <Component key={tool.slug} />
      </div>
    </div>
  );
}
