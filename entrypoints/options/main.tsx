import { OptionsApp } from '@/components/OptionsApp';
import { renderPage } from '@/components/renderPage';
import { t } from '@/lib/i18n';

renderPage(<OptionsApp />, t('optionsTitle'));
