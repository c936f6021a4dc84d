import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { useTranslation } from 'react-i18next';

import { manifest } from '@/content/loader';
import type { ResultFile } from '@/lib/result-file';
import { announce } from '@/ui/announcer';
import { FileButton } from '@/ui/file-button';

import { addLoaded, addScanned, readResultFiles, type Skipped } from './group-results';

/** The camera and the reading library load when the trainer starts scanning. */
const ScanPanel = lazy(() => import('./scan-panel').then((m) => ({ default: m.ScanPanel })));

export interface Group {
  files: ResultFile[];
  skipped: Skipped[];
}
export const emptyGroup: Group = { files: [], skipped: [] };

const isImage = (f: File) => f.type.startsWith('image/');

/** Result files and photos of codes, read in order: each good one counts, each bad one is named. */
async function readInputs(list: File[], already: ResultFile[]): Promise<Group> {
  let files = already;
  const skipped: Skipped[] = [];
  const images = list.filter(isImage);
  const texts = await Promise.all(
    list.filter((f) => !isImage(f)).map(async (f) => ({ name: f.name, text: await f.text() })),
  );
  const read = readResultFiles(texts, manifest, files);
  files = [...files, ...read.files];
  skipped.push(...read.skipped);
  if (images.length > 0) {
    const { readCodeImage } = await import('./code-images');
    for (const image of images) {
      const code = await readCodeImage(image, manifest);
      if (!code.ok) skipped.push({ name: image.name, problem: code.problem });
      else {
        const added = addScanned(files, code.file);
        if (added.outcome === 'repeat') skipped.push({ name: image.name, problem: 'duplicate' });
        files = added.files;
      }
    }
  }
  return { files, skipped };
}

/** One set of results ("before" or "after"): from files, photos of codes, or the camera. */
export function FileGroup({
  label,
  group,
  setGroup,
}: {
  label: string;
  group: Group;
  setGroup: Dispatch<SetStateAction<Group>>;
}) {
  const { t } = useTranslation('seminar');
  const [scanning, setScanning] = useState(false);
  // The scanner adds codes between renders: it counts from the latest files, not a stale copy.
  const files = useRef(group.files);
  useEffect(() => {
    files.current = group.files;
  }, [group.files]);

  const load = async (list: File[]) => {
    const before = files.current;
    const read = await readInputs(list, before);
    const latest = addLoaded(before, read.files, files.current);
    files.current = latest;
    setGroup((g) => ({ files: latest, skipped: [...g.skipped, ...read.skipped] }));
    // One announcement for the whole load (the skipped ones are an alert of their own).
    announce(t('loaded', { count: latest.length }));
  };
  const record = (file: ResultFile) => {
    const added = addScanned(files.current, file);
    files.current = added.files;
    setGroup((g) => ({ ...g, files: added.files }));
    return { outcome: added.outcome, participants: added.files.length };
  };

  return (
    <fieldset className="file-group">
      <legend>{label}</legend>
      <FileButton
        label={t('loadFiles')}
        onFiles={(list) => void load(list)}
        multiple
        accept="application/json,.json,image/*"
      />
      {scanning ? (
        <Suspense fallback={<p>{t('scan.starting')}</p>}>
          <ScanPanel onRecord={record} onClose={() => setScanning(false)} />
        </Suspense>
      ) : (
        <button type="button" className="button" onClick={() => setScanning(true)}>
          {t('scan.open')}
        </button>
      )}
      <p>{t('loaded', { count: group.files.length })}</p>
      {group.skipped.length > 0 ? (
        <ul className="skipped" role="alert">
          {group.skipped.map((s, i) => (
            <li key={i}>{t(`skipped.${s.problem}`, { name: s.name })}</li>
          ))}
        </ul>
      ) : null}
      {group.files.length + group.skipped.length > 0 ? (
        <button type="button" className="button" onClick={() => setGroup(emptyGroup)}>
          {t('clear')}
        </button>
      ) : null}
    </fieldset>
  );
}
