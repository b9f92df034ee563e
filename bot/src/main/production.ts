import { loadConfig } from '../config/config';
import { runMain } from './startApp';

/** The production entry: refuses to start without bot credentials, authenticates every request. */
void runMain(
  () => loadConfig(process.env, 'production'),
  ({ url }) => `Dagordning (production) listening on ${url}\n`,
);
