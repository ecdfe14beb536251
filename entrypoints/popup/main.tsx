import { PopupApp } from '@/components/popup/PopupApp';
import { renderPage } from '@/components/shared/renderPage';
import { t } from '@/lib/i18n';

renderPage(<PopupApp />, t('extName'));
