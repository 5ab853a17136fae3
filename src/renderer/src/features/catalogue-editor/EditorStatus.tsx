/** A failure (announced at once) and the last message (announced politely), as the editor and the manager show them. */
export function EditorStatus({
  failure,
  message,
}: {
  failure: string | null | undefined;
  message: string | null | undefined;
}) {
  return (
    <>
      {failure ? (
        <p className="editor-failure" role="alert">
          {failure}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
    </>
  );
}
