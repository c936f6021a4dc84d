import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { manifest } from '@/content/loader';
import type { CourseOutline, CourseText } from '@/content/types';
import { useCourseOutline, useCourseText } from '@/i18n/use-course-text';
import { own } from '@/lib/check';
import { downloadText } from '@/lib/download';
import { useSeminarStore, type Plan, type PlanItem } from '@/stores/seminar-store';
import { FileButton } from '@/ui/file-button';
import { FormMessage } from '@/ui/form-message';
import { ScreenHeading } from '@/ui/screen-heading';

import { itemExists, moduleItems, planFile, readPlanFile, readyMadePlan, timings } from './plan';
import { startRun } from './run-engine';

import './seminar.css';

/** Every lesson, scenario and quiz a plan can take, in course order. */
const courseItems = (): PlanItem[] =>
  manifest.modules.filter((m) => m.status === 'ready').flatMap((m) => moduleItems(m, 'all'));

export function itemName(
  text: CourseText,
  outline: CourseOutline,
  item: PlanItem,
  quizWord: string,
): string {
  const module = own(text.modules, item.moduleId);
  const titles = own(outline.modules, item.moduleId);
  if (!module || !titles) return item.id;
  if (item.kind === 'quiz') return `${quizWord}: ${module.title}`;
  return own(item.kind === 'lesson' ? titles.lessons : titles.scenarios, item.id) ?? item.id;
}

const clock = (minutes: number) =>
  `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** `#/seminar`: the session plan — ready-made or the trainer's own — saved, printed, shared. */
export function PlanPage() {
  const { t } = useTranslation(['seminar', 'common']);
  const text = useCourseText();
  const outline = useCourseOutline();
  const saved = useSeminarStore((s) => s.plan);
  const setPlan = useSeminarStore((s) => s.setPlan);
  const restartRun = useSeminarStore((s) => s.restartRun);
  const plan = saved ?? readyMadePlan(manifest);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const times = timings(plan);
  const all = courseItems();
  const name = (item: PlanItem) => itemName(text, outline, item, t('kind.quiz'));

  const change = (next: Plan) => setPlan(next);
  const editItems = (session: number, edit: (items: PlanItem[]) => PlanItem[]) =>
    change({
      sessions: plan.sessions.map((s, i) => (i === session ? { ...s, items: edit(s.items) } : s)),
    });

  const load = async (file: File | undefined) => {
    if (!file) return;
    const read = readPlanFile(manifest, await file.text());
    if (!read.ok)
      return setMessage({ ok: false, text: t(`planFile.${read.problem}`, { name: file.name }) });
    change(read.plan);
    setMessage({ ok: true, text: t('planFile.loaded', { name: file.name }) });
  };

  return (
    <div className="seminar-plan">
      <ScreenHeading title={t('planTitle')} site={t('common:appName')}>
        {t('planTitle')}
      </ScreenHeading>
      <p>{t('planIntro')}</p>
      <div className="actions no-print">
        <Link
          className="button button-primary"
          to="/seminar/run"
          onClick={() => restartRun(startRun())}
        >
          {t('start')}
        </Link>
        <Link className="button" to="/seminar/run">
          {t('resume')}
        </Link>
        <Link className="button" to="/seminar/results">
          {t('resultsLink')}
        </Link>
      </div>
      {plan.sessions.map((session, s) => (
        <section key={s} className="plan-session" aria-labelledby={`session-${s}`}>
          <h2 id={`session-${s}`}>
            {t('sessionHeading', {
              number: s + 1,
              title: session.title || t(`theme.${session.theme}`, { defaultValue: session.theme }),
              from: clock(times[s]?.start ?? 0),
              to: clock(times[s]?.end ?? 0),
            })}
          </h2>
          <ol className="plan-items">
            {session.items.map((item, i) => (
              <li key={`${item.kind}/${item.moduleId}/${item.id}/${i}`}>
                <span>{t('itemLine', { kind: t(`kind.${item.kind}`), name: name(item) })}</span>
                <label className="no-print">
                  {t('minutes')}
                  <input
                    type="number"
                    min={0}
                    max={600}
                    value={item.minutes}
                    onChange={(e) =>
                      editItems(s, (items) =>
                        items.map((x, j) =>
                          j === i
                            ? {
                                ...x,
                                minutes: Math.max(0, Math.min(600, Number(e.target.value) || 0)),
                              }
                            : x,
                        ),
                      )
                    }
                  />
                </label>
                <span className="print-only">{t('minutesValue', { count: item.minutes })}</span>
                <button
                  type="button"
                  className="button no-print"
                  aria-label={t('remove', { name: name(item) })}
                  onClick={() => editItems(s, (items) => items.filter((_, j) => j !== i))}
                >
                  {t('removeShort')}
                </button>
              </li>
            ))}
          </ol>
          <AddItem
            options={all.filter((x) => itemExists(manifest, x))}
            name={name}
            onAdd={(item) => editItems(s, (items) => [...items, item])}
          />
        </section>
      ))}
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('printAgenda')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => downloadText('qorgau-seminar-plan.json', planFile(plan))}
        >
          {t('savePlan')}
        </button>
        <FileButton label={t('loadPlan')} onFiles={(files) => void load(files[0])} />
        <button type="button" className="button" onClick={() => change(readyMadePlan(manifest))}>
          {t('readyMade')}
        </button>
      </div>
      <FormMessage message={message} />
    </div>
  );
}

function AddItem({
  options,
  name,
  onAdd,
}: {
  options: PlanItem[];
  name: (i: PlanItem) => string;
  onAdd: (i: PlanItem) => void;
}) {
  const { t } = useTranslation('seminar');
  const [choice, setChoice] = useState(0);
  const id = useId();
  const item = options[choice];
  return (
    <div className="plan-add no-print">
      <label htmlFor={id}>{t('addLabel')}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
        {options.map((o, i) => (
          <option key={`${o.kind}/${o.moduleId}/${o.id}`} value={i}>
            {t('itemLine', { kind: t(`kind.${o.kind}`), name: name(o) })}
          </option>
        ))}
      </select>
      <button type="button" className="button" disabled={!item} onClick={() => item && onAdd(item)}>
        {t('add')}
      </button>
    </div>
  );
}
