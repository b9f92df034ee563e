import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { TabFailure } from '../api/tabApi';
import type { TabStrings } from '../i18n/strings';

export function Loading({ t }: { t: TabStrings }) {
  return <Spinner label={t.loading} />;
}

/** Says on every view that nobody signed in: local mode acts as the demo group's secretary. */
export function DevelopmentIdentityNotice({ t, name }: { t: TabStrings; name: string }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="development-identity">
      <MessageBarBody>
        <MessageBarTitle>{t.devIdentityTitle}</MessageBarTitle>
        {t.devIdentity(name)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function failureText(failure: TabFailure, t: TabStrings): string {
  if (failure.kind === 'network') return t.networkError;
  if (failure.kind === 'signIn') return t.signInError;
  return failure.message || t.unexpectedError;
}

/** A clear error in the user's language, announced to screen readers, with a way to try again. */
export function FailureNotice({ t, failure, retry }: { t: TabStrings; failure: TabFailure; retry?: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="failure">
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {failureText(failure, t)}
      </MessageBarBody>
      {retry && (
        <MessageBarActions>
          <Button onClick={retry}>{t.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function InfoNotice({ text }: { text: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

/** What went wrong with something the person did on the page, in their words, announced at once. */
export function ProblemNotice({ text }: { text: string }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
