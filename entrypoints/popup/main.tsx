import { PopupApp } from '@/components/PopupApp';
import { renderPage } from '@/components/renderPage';

renderPage(<PopupApp />);
