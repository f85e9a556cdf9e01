import { completeOAuthRedirect, OAUTH_POPUP_NAME } from '@plugboard/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@plugboard/ui/styles.css';
import './demo.css';
import { DemoApp } from './DemoApp';

// In the OAuth popup, this page only hands the result back to the opener and closes.
if (window.opener && window.name === OAUTH_POPUP_NAME) {
  completeOAuthRedirect();
} else {
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <DemoApp />
      </StrictMode>,
    );
  }
}
