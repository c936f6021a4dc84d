import { useId } from 'react';

interface FileButtonProps {
  label: string;
  /** Called with the files chosen; the field is emptied, so the same file can be chosen again. */
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  /** The kinds of file offered (JSON unless said). */
  accept?: string;
}

/** "Open a file…" as a button: a visually hidden file field and its label styled as a button. */
export function FileButton({
  label,
  onFiles,
  multiple = false,
  accept = 'application/json,.json',
}: FileButtonProps) {
  const id = useId();
  return (
    <>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        multiple={multiple}
        accept={accept}
        onChange={(e) => {
          onFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <label className="button file-button" htmlFor={id}>
        {label}
      </label>
    </>
  );
}
