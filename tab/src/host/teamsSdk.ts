/** The parts of teams-js the tab uses at start, as one module so the bundle keeps only these. */
export { app, authentication } from '@microsoft/teams-js';
