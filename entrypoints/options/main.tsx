import { OptionsApp } from '@/components/options/OptionsApp';
import { renderPage } from '@/components/shared/renderPage';
import { t } from '@/lib/i18n';

renderPage(<OptionsApp />, t('optionsTitle'));
