/**
 * The channel tab. Until the minutes view arrives it tells the group where the
 * agenda lives today, and checks that the server behind it answers.
 */
async function showStatus(): Promise<void> {
  const status = document.getElementById('status');
  if (!status) return;
  try {
    const response = await fetch('/healthz', { cache: 'no-store' });
    status.textContent = response.ok
      ? 'Protokollen visas här. Dagordningen finns redan i kanalen: skriv @Dagordning dagordning.'
      : 'Dagordning svarar inte just nu. Försök igen om en stund.';
  } catch {
    status.textContent = 'Dagordning svarar inte just nu. Försök igen om en stund.';
  }
}

void showStatus();
