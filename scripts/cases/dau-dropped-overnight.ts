import type { CaseRow } from '../../src/content/case-csv.js';
import { both, dates, isIn, pctChange, round, sum, type Where } from './tally.js';
import type { CaseGenerator } from './types.js';

// Thirty days of a notes app's daily active users, counted two ways: from analytics events (dau) and
// from distinct users in the API logs (api_users). iOS 8.2 ships on 16 September with an analytics
// bug: sessions opened from a push notification send no events, so about a third of its users vanish
// from dau while they still show in the API logs.
const DAYS = dates('2025-08-20', 30);
const RELEASE = '2025-09-16';
const ADOPTION: Record<string, number> = { '2025-09-16': 0.12, '2025-09-17': 0.58, '2025-09-18': 0.71 };

export const dauDroppedOvernight: CaseGenerator = {
  slug: 'dau-dropped-overnight',
  seed: 917,
  columns: ['date', 'platform', 'app_version', 'dau', 'api_users'],
  generate(random) {
    const rows: CaseRow[] = [];
    DAYS.forEach((date, i) => {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const weekly = weekday === 0 || weekday === 6 ? 0.84 : 1;
      const growth = 1 + 0.002 * i;
      const ios = random.count(410_000 * weekly * growth);
      const share = ADOPTION[date] ?? 0;
      const logged = (users: number, seen: number) => Math.round(users * (seen + 0.004 * random.normal()));
      const ios82 = Math.round(ios * share);
      rows.push({ date, platform: 'ios', app_version: '8.1', dau: logged(ios - ios82, 0.975), api_users: ios - ios82 });
      if (date >= RELEASE) rows.push({ date, platform: 'ios', app_version: '8.2', dau: logged(ios82, 0.64), api_users: ios82 });
      const android = random.count(330_000 * weekly * growth);
      rows.push({ date, platform: 'android', app_version: '6.4', dau: logged(android, 0.972), api_users: android });
      const web = random.count(120_000 * (weekday === 0 || weekday === 6 ? 0.7 : 1) * growth);
      rows.push({ date, platform: 'web', app_version: 'web', dau: logged(web, 0.99), api_users: web });
    });
    return rows;
  },
  answers(rows) {
    const on = (date: string, where: Where = () => true) => both(isIn('date', date), where);
    const ios = isIn('platform', 'ios');
    const drop = (where: Where = () => true) => sum(rows, 'dau', on('2025-09-16', where)) - sum(rows, 'dau', on('2025-09-17', where));
    const v82 = both(isIn('app_version', '8.2'), isIn('date', '2025-09-18'));
    return {
      'dau-change': round(pctChange(sum(rows, 'dau', on('2025-09-16')), sum(rows, 'dau', on('2025-09-17')))),
      'ios-share-of-drop': round((drop(ios) / drop()) * 100),
      'api-users-change': round(pctChange(sum(rows, 'api_users', on('2025-09-16')), sum(rows, 'api_users', on('2025-09-17')))),
      'ios-82-logged-share': round((sum(rows, 'dau', v82) / sum(rows, 'api_users', v82)) * 100),
    };
  },
};
