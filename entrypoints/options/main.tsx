import { OptionsApp } from '@/components/OptionsApp';
import { renderPage } from '@/components/renderPage';

renderPage(<OptionsApp />);
