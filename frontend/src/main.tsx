import '@mantine/core/styles.css';
import './app.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Provider as UrqlProvider } from 'urql';
import { BrowserRouter } from 'react-router';

import { App } from './App';
import { client } from './lib/client';
import { theme } from './theme';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <UrqlProvider value={client}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </UrqlProvider>
    </MantineProvider>
  </StrictMode>,
);
