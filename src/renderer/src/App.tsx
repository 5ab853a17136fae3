import { SeminarList } from './features/catalogue/SeminarList';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Briefing Pack Builder</h1>
      </header>
      <main className="app-main">
        <SeminarList api={window.api} locale={navigator.language} />
      </main>
    </div>
  );
}
