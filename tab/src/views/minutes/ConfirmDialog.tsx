import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  dialog: {
    maxWidth: '36em',
    width: 'calc(100% - 2em)',
    padding: tokens.spacingHorizontalXXL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

/**
 * A modal question (publish? why correct?) on the browser's own <dialog>: it traps
 * focus, closes on Escape, and makes the page behind it inert for everyone, screen
 * readers included, and lets go of it however the dialog goes away.
 */
export function ConfirmDialog({ open, title, onClose, children, actions }: { open: boolean; title: string; onClose(): void; children: ReactNode; actions: ReactNode }) {
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="confirm-title" onClose={onClose}>
      {open && (
        <div className={styles.body}>
          <Text as="h2" id="confirm-title" size={500} weight="semibold">
            {title}
          </Text>
          {children}
          <div className={styles.actions}>{actions}</div>
        </div>
      )}
    </dialog>
  );
}
