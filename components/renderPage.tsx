import './styles.css';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryProvider } from './QueryProvider';

/** Mounts an extension page (popup, options) with the shared query client and styles. */
export function renderPage(app: ReactNode): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<QueryProvider>{app}</QueryProvider>);
}
