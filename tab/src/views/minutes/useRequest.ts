import { useState } from 'react';
import type { TabStrings } from '../../i18n/strings';
import { failureOf, problemText } from './editorContext';

/** One request at a time from a small form: busy while it runs, and what went wrong, in the user's words. */
export function useRequest(t: TabStrings) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const run = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      setProblem(problemText(failureOf(error), t));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}
