import { PopupApp } from '@/components/PopupApp';
import { renderPage } from '@/components/renderPage';
import { t } from '@/lib/i18n';

renderPage(<PopupApp />, t('extName'));
