import { loadConfig } from '../config/config';
import { runMain } from './startApp';

/** LOCAL_ALLOW_REMOTE without BOT_ID: say plainly what it opens up, every time the server starts. */
const remoteWarning = (host: string | undefined): string => `
  VARNING: LOCAL_ALLOW_REMOTE=true. Servern tar emot anrop från andra datorer (HOST=${host ?? 'alla adresser'})
           utan autentisering: den som når porten kan agera som vilken medlem som helst.
`;

/** `npm start`: the whole app on this machine, SQLite file, demo data, no Bot Connector authentication. */
void runMain(
  () => loadConfig(process.env, 'local'),
  ({ url }, config) => `
Dagordning körs lokalt (local mode) – ${url}
  Flik (tab):        ${url}/tab/
  Botens endpoint:   ${url}/api/messages
  Databas (SQLite):  ${config.sqlitePath}${config.demoData ? ' med demodata' : ''}
  Chatta:            kör "npm run playground" i en annan terminal och öppna http://localhost:56150
                     skriv till exempel: dagordning, punkt Budget 2027, kort kort Glöm inte konferensen, hjälp
  Autentisering:     ${config.bot ? 'på (BOT_ID är satt)' : 'av – endast för lokal utveckling'}
  Fliken körs som:   ${config.tabSso ? 'den som loggar in i Teams (TAB_SSO_CLIENT_ID är satt)' : 'lokal utvecklingsidentitet – demogruppens sekreterare'}
${config.allowRemote && !config.bot ? remoteWarning(config.host) : ''}`,
);
