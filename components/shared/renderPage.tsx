import '@/components/shared/styles.css';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryProvider } from '@/components/shared/QueryProvider';

/**
 * Mounts an extension page (popup, options) with the shared query client and styles. The
 * page's title comes from the messages too: an HTML file cannot use them itself.
 */
export function renderPage(app: ReactNode, title: string): void {
  document.title = title;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<QueryProvider>{app}</QueryProvider>);
}
