import { CloudAdapter, type Activity, type ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { messages } from '../i18n';
import { localeFrom } from '../i18n/locale';
import type { Logger } from '../log/logger';

type AuthResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/**
 * CloudAdapter that accepts a request authenticated beforehand, so the endpoint can
 * tell a bad token (401) from a failure inside the turn.
 */
export class DagordningAdapter extends CloudAdapter {
  constructor(auth: ConfigurationBotFrameworkAuthentication, log: Logger) {
    super(auth);
    this.onTurnError = async (context: TurnContext, error: Error) => {
      log.error('turn failed', { error, type: context.activity.type });
      if (context.activity.type !== 'message') return;
      try {
        await context.sendActivity(messages(localeFrom(context.activity.locale)).common.unexpected);
      } catch (sendError) {
        log.warn('could not tell the user about a failed turn', { error: sendError });
      }
    };
  }

  processAuthenticated(auth: AuthResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(auth, activity, logic);
  }
}
