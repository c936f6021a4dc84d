import { use, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { loadCodebook } from '@/content/codebook';
import { manifest } from '@/content/loader';
import { readQr } from '@/lib/qr-read';
import { decodeResult, type CodeProblem } from '@/lib/result-code';
import type { ResultFile } from '@/lib/result-file';
import { announce } from '@/ui/announcer';

import type { ScanOutcome } from './group-results';

/** Frames are read at this width at most: enough for a code at arm's length, fast to search. */
const READ_WIDTH = 800;

type CameraState = 'starting' | 'on' | 'denied' | 'none' | 'failed';

interface ScanPanelProps {
  /** Adds a result read from a code to the group; says whether it was new, and the count now. */
  onRecord: (file: ResultFile) => { outcome: ScanOutcome; participants: number };
  onClose: () => void;
}

/** A short beep (no sound file): the trainer hears each new participant without looking. */
function useBeep() {
  const audio = useRef<AudioContext | null>(null);
  useEffect(() => {
    try {
      audio.current = new AudioContext();
    } catch {
      audio.current = null; // no sound in this browser: the announcement and count still show
    }
    return () => void audio.current?.close();
  }, []);
  return (high: boolean) => {
    const ctx = audio.current;
    if (!ctx) return;
    void ctx.resume();
    const tone = ctx.createOscillator();
    const gain = ctx.createGain();
    tone.frequency.value = high ? 880 : 440;
    gain.gain.setValueAtTime(0.2, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.15);
    tone.connect(gain).connect(ctx.destination);
    tone.start();
    tone.stop(ctx.currentTime + 0.15);
  };
}

/**
 * The laptop camera reading participants' codes continuously, one frame after another. Every new
 * code is handled once: a new participant beeps and is announced once, a repeat is ignored, a
 * refused code is named. The camera is released when the panel closes.
 */
export function ScanPanel({ onRecord, onClose }: ScanPanelProps) {
  const { t } = useTranslation('seminar');
  const book = use(loadCodebook());
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>('starting');
  const [last, setLast] = useState<string>();
  const beep = useBeep();
  const seen = useRef(new Set<string>());

  // Called from the frame loop, which starts once; reads the latest props when it runs.
  const onCode = useEffectEvent((bytes: Uint8Array) => {
    const key = [...bytes].join(',');
    if (seen.current.has(key)) return; // the same code still in front of the camera
    seen.current.add(key);
    const read = decodeResult(bytes, book, manifest);
    let message: string;
    if (!read.ok) message = t(`scan.refused.${read.problem satisfies CodeProblem}`);
    else {
      const { outcome, participants } = onRecord(read.file);
      if (outcome === 'repeat') return;
      beep(outcome === 'new');
      message =
        outcome === 'new'
          ? t('scan.newParticipant', { count: participants })
          : t('scan.moreResults', { count: participants });
    }
    setLast(message);
    announce(message);
  });

  useEffect(() => {
    const element = video.current;
    let stream: MediaStream | undefined;
    let stopped = false;
    let frame = 0;
    let pending: number | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const read = () => {
      pending = undefined;
      if (stopped || !element || !context) return;
      if (element.videoWidth > 0) {
        const scale = Math.min(1, READ_WIDTH / element.videoWidth);
        canvas.width = Math.round(element.videoWidth * scale);
        canvas.height = Math.round(element.videoHeight * scale);
        context.drawImage(element, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        // Every other frame is read smoothed, for a noisy camera in a dim room.
        const code = readQr(
          image.data,
          image.width,
          image.height,
          frame++ % 2 ? 'smoothed' : 'plain',
        );
        if (code) onCode(code.bytes);
      }
      next();
    };
    const next = () => {
      if (stopped || !element) return;
      // The next new video frame where the browser says so; otherwise the next paint.
      if ('requestVideoFrameCallback' in element) pending = element.requestVideoFrameCallback(read);
      else pending = requestAnimationFrame(read);
    };

    // Outside a secure context (the course served over plain http on the room's network)
    // `navigator.mediaDevices` is missing: that is a camera that failed, not a broken screen.
    Promise.resolve()
      .then(() =>
        navigator.mediaDevices.getUserMedia({
          video: { width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        }),
      )
      .then(
        async (s) => {
          stream = s;
          if (stopped || !element) {
            for (const track of s.getTracks()) track.stop();
            return;
          }
          element.srcObject = s;
          await element.play().catch(() => undefined);
          setCamera('on');
          next();
        },
        (error: unknown) => {
          const name = error instanceof DOMException ? error.name : '';
          setCamera(
            name === 'NotAllowedError' ? 'denied' : name === 'NotFoundError' ? 'none' : 'failed',
          );
        },
      );
    return () => {
      stopped = true;
      if (pending !== undefined && element) {
        if ('cancelVideoFrameCallback' in element) element.cancelVideoFrameCallback(pending);
        cancelAnimationFrame(pending);
      }
      for (const track of stream?.getTracks() ?? []) track.stop();
      if (element) element.srcObject = null;
    };
  }, []);

  return (
    <div className="scan-panel">
      <p>{t('scan.explain')}</p>
      {/* The picture only helps aim the phones; everything it yields is said in text. */}
      <video ref={video} className="scan-video" muted playsInline aria-label={t('scan.video')} />
      {camera === 'starting' ? <p>{t('scan.starting')}</p> : null}
      {camera === 'denied' || camera === 'none' || camera === 'failed' ? (
        <p role="alert">{t(`scan.camera.${camera}`)}</p>
      ) : null}
      {last ? <p className="scan-last">{last}</p> : null}
      <button type="button" className="button" onClick={onClose}>
        {t('scan.stop')}
      </button>
    </div>
  );
}
