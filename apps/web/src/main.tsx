import '@fontsource-variable/source-sans-3';
import './styles/global.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/lists.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './i18n';

const container = document.getElementById('root');
if (!container) throw new Error('Root element #root missing in index.html');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
