import type { TrackChoice, TrackFrom } from '@shared/api.js';
import { TRACKS } from '@shared/domain.js';
import { queryString } from '../lib/api-client.js';
import { navigate, useLocation } from '../lib/router.js';
import './track-switch.css';

/** The `?track=` of the address: a view's own choice, which never changes the stored setting. */
export function useTrackChoice(): TrackChoice | undefined {
  const value = useLocation().query.get('track');
  return value === 'all' || TRACKS.some((t) => t.id === value) ? (value as TrackChoice) : undefined;
}

const FROM: Record<TrackFrom, string> = {
  settings: 'from your settings',
  request: 'for this view only',
  none: 'no track set in Settings',
};

/**
 * Says which track a view shows (as the server decided it) and lets the person look at another one for
 * this view: the choice goes in the address, the stored track stays as it is.
 */
export function TrackSwitch(props: { track: string | null; trackFrom: TrackFrom; what: string }) {
  const { path, query } = useLocation();
  const value = props.track ?? 'all';
  const change = (next: string) => {
    const params = Object.fromEntries(query.entries());
    navigate(`${path}${queryString({ ...params, track: next })}`, { replace: true });
  };
  const title = TRACKS.find((t) => t.id === props.track)?.title;
  return (
    <div className="track-switch">
      <label>
        <span>Track</span>
        <select name="track" value={value} onChange={(e) => change(e.target.value)}>
          {TRACKS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
          <option value="all">Every track</option>
        </select>
      </label>
      <p className="muted small" data-track-in-force={value}>
        {title ? `${props.what} for the ${title} track` : `${props.what} for every track`} ({FROM[props.trackFrom]}).
      </p>
    </div>
  );
}
