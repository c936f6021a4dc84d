/** The outcome of an action on a form: a status when it worked, an alert when it did not. */
export function FormMessage({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <p className={message.ok ? 'done-note' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
}
