import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Dashboard } from '../features/dashboard/dashboard.js';
import { Loading } from '../ui/status.js';
import { NotFound } from '../ui/not-found.js';
import { IfDrill, IfExercise, IfMock, IfProblem, IfQuestion, IfStory } from './found-routes.js';
import { useSession } from './session.js';

// Every page but the dashboard loads with its first visit; the code editor only with a problem page.
const GuidePage = lazy(() => import('../features/guide/guide.js').then((m) => ({ default: m.GuidePage })));
const PracticePage = lazy(() => import('../features/practice/practice.js').then((m) => ({ default: m.PracticePage })));
const QuestionPage = lazy(() => import('../features/practice/question.js').then((m) => ({ default: m.QuestionPage })));
const FlashcardsPage = lazy(() => import('../features/flashcards/flashcards.js').then((m) => ({ default: m.FlashcardsPage })));
const PlanPage = lazy(() => import('../features/plan/plan.js').then((m) => ({ default: m.PlanPage })));
const CodePage = lazy(() => import('../features/code/problem-list.js').then((m) => ({ default: m.CodePage })));
const CodeProblemPage = lazy(() => import('../features/code/code-problem.js'));
const ExerciseListPage = lazy(() => import('../features/exercises/exercises.js').then((m) => ({ default: m.ExerciseListPage })));
const ExercisePage = lazy(() => import('../features/exercises/exercises.js').then((m) => ({ default: m.ExercisePage })));
const ToolkitPage = lazy(() => import('../features/toolkit/toolkit.js').then((m) => ({ default: m.ToolkitPage })));
const StoriesPage = lazy(() => import('../features/stories/stories.js').then((m) => ({ default: m.StoriesPage })));
const DrillStartPage = lazy(() => import('../features/drill/drill.js').then((m) => ({ default: m.DrillStartPage })));
const DrillPage = lazy(() => import('../features/drill/drill.js').then((m) => ({ default: m.DrillPage })));
const SettingsPage = lazy(() => import('../features/settings/settings.js').then((m) => ({ default: m.SettingsPage })));
const WelcomePage = lazy(() => import('../features/welcome/welcome.js').then((m) => ({ default: m.WelcomePage })));
const AdminPage = lazy(() => import('../features/account/admin.js').then((m) => ({ default: m.AdminPage })));
const AccountPage = lazy(() => import('../features/account/account.js').then((m) => ({ default: m.AccountPage })));
const CohortPage = lazy(() => import('../features/cohort/cohort.js').then((m) => ({ default: m.CohortPage })));
const ReviewAttemptPage = lazy(() => import('../features/cohort/review-attempt.js').then((m) => ({ default: m.ReviewAttemptPage })));
const PeerListPage = lazy(() => import('../features/peer/peer.js').then((m) => ({ default: m.PeerListPage })));
const PeerRoomPage = lazy(() => import('../features/peer/peer.js').then((m) => ({ default: m.PeerRoomPage })));
const MockPage = lazy(() => import('../features/mock/mock.js').then((m) => ({ default: m.MockPage })));

/**
 * Every address the app answers, in one table. Pages with an id are keyed by it, so nothing typed,
 * chosen or fetched on one question, problem, exercise or mock carries to the next; an id the server
 * does not know shows a not-found page that links back to its list. The account, admin and cohort
 * pages exist only in hosted mode, for the roles they serve.
 */
export function Routes() {
  const { account } = useSession();
  return (
    <Suspense fallback={<Loading label="Loading the page" />}>
      <Switch>
        <Route path="/" component={Dashboard} />
        <Route path="/guide" component={GuidePage} />
        <Route path="/practice" component={PracticePage} />
        <Route path="/practice/:id">{({ id }) => <IfQuestion key={id} id={id}><QuestionPage id={id} /></IfQuestion>}</Route>
        <Route path="/flashcards" component={FlashcardsPage} />
        <Route path="/plan" component={PlanPage} />
        <Route path="/code" component={CodePage} />
        <Route path="/code/:id">{({ id }) => <IfProblem key={id} id={id}><CodeProblemPage id={id} /></IfProblem>}</Route>
        <Route path="/toolkit/exercises" component={ExerciseListPage} />
        <Route path="/toolkit/designs/:id">{({ id }) => <IfExercise key={id} kind="designs" id={id}><ExercisePage kind="designs" id={id} /></IfExercise>}</Route>
        <Route path="/toolkit/cases/:id">{({ id }) => <IfExercise key={id} kind="cases" id={id}><ExercisePage kind="cases" id={id} /></IfExercise>}</Route>
        <Route path="/toolkit/programs/:id">{({ id }) => <IfExercise key={id} kind="programs" id={id}><ExercisePage kind="programs" id={id} /></IfExercise>}</Route>
        <Route path="/toolkit">{() => <ToolkitPage />}</Route>
        <Route path="/toolkit/:tool">{({ tool }) => <ToolkitPage key={tool} slug={tool} />}</Route>
        <Route path="/mock/stories" component={StoriesPage} />
        <Route path={/^\/mock\/stories\/(?<id>[1-9]\d*)\/drill$/}>{({ id }) => <IfStory key={id} id={Number(id)}><DrillStartPage storyId={Number(id)} /></IfStory>}</Route>
        <Route path={/^\/mock\/drills\/(?<id>[1-9]\d*)$/}>{({ id }) => <IfDrill key={id} id={Number(id)}><DrillPage id={Number(id)} /></IfDrill>}</Route>
        <Route path="/mock">{() => <MockPage />}</Route>
        <Route path={/^\/mock\/(?<id>[1-9]\d*)$/}>{({ id }) => <IfMock key={id} id={Number(id)}><MockPage id={Number(id)} /></IfMock>}</Route>
        <Route path="/settings" component={SettingsPage} />
        <Route path="/welcome" component={WelcomePage} />
        {account && <Route path="/account" component={AccountPage} />}
        {account?.role === 'admin' && <Route path="/admin" component={AdminPage} />}
        {account?.role === 'coach' && <Route path="/cohort" component={CohortPage} />}
        {account?.role === 'coach' && (
          <Route path={/^\/cohort\/(?<personId>[1-9]\d*)\/attempts\/(?<id>[1-9]\d*)$/}>
            {({ personId, id }) => <ReviewAttemptPage key={`${personId}/${id}`} personId={Number(personId)} id={Number(id)} />}
          </Route>
        )}
        {/* Peer mocks pair candidates of a cohort: only a signed-in hosted account has them. */}
        {account?.role === 'candidate' && <Route path="/peer" component={PeerListPage} />}
        {account?.role === 'candidate' && <Route path={/^\/peer\/(?<id>[1-9]\d*)$/}>{({ id }) => <PeerRoomPage key={id} id={Number(id)} />}</Route>}
        <Route>{() => <NotFound />}</Route>
      </Switch>
    </Suspense>
  );
}
