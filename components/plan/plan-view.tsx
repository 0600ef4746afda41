'use client';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ZDraftPlan, type TDraftPlan } from '@/lib/contracts/plan-api';
import { matchesPlanText } from '@/lib/plan/matches-plan-text';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { ProblemMessage } from '../ui/problem-message';
import { ApplyPanel } from './apply-panel';
import { UnmanagedPanel } from './unmanaged-panel';

type TChange = TDraftPlan['plan']['resource_changes'][number];

const ACTION_LABEL: Record<string, string> = {
  create: 'create',
  update: 'update',
  replace: 'replace',
  delete: 'delete',
  adopt: 'import',
  'no-op': 'no change',
};

/** Plan the draft against the workspace's Secure backend: summary, one card per changed resource, raw text. */
export function PlanView({ workspaceId, branch }: { workspaceId: string; branch: string }) {
  const [isRaw, setRaw] = useState(false);
  const [filter, setFilter] = useState('');
  const [query, setQuery] = useState('');
  const plan = useMutation({
    mutationFn: () =>
      apiFetch(
        `/api/workspaces/${encodeURIComponent(workspaceId)}/plans?${new URLSearchParams({ branch })}`,
        ZDraftPlan,
        { method: 'POST' },
      ),
  });
  const changes = (plan.data?.plan.resource_changes ?? []).filter(
    (c) => !c.change.actions.includes('no-op'),
  );
  const shown = changes.filter(
    (c) => (!filter || c.change.actions.some((a) => a === filter)) && matchesPlanText(c, query),
  );
  const summary = plan.data?.plan.summary;
  return (
    <div className="overview">
      <section className="panel" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Plan against Secure</h2>
        <p className="muted">
          Reads the live state and compares it with your draft; changes nothing.
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => plan.mutate()}
          disabled={plan.isPending}
        >
          {plan.isPending ? 'Planning…' : plan.data ? 'Plan again' : 'Run plan'}
        </button>
        {plan.error instanceof ApiError ? <ProblemMessage problem={plan.error.problem} /> : null}
        {summary ? (
          <p role="status" className="plan-summary">
            {summary.add} to add, {summary.change} to change, {summary.destroy} to destroy,{' '}
            {summary.import} to import
            {summary.replace ? `, ${summary.replace} to replace` : ''}.
          </p>
        ) : null}
        {plan.data && !plan.data.isDraftClean ? (
          <p className="muted">Your draft has uncommitted changes: commit them before applying.</p>
        ) : null}
      </section>
      {plan.data ? (
        <ApplyPanel
          key={plan.data.plan.contentHash + plan.data.plan.id}
          workspaceId={workspaceId}
          branch={branch}
          plan={plan.data}
          onPlanAgain={() => plan.mutate()}
        />
      ) : null}
      {plan.data ? (
        <section className="panel" aria-label="Resource changes">
          <div className="filters">
            <label>
              Action{' '}
              <select value={filter} onChange={(e) => setFilter(e.target.value)}>
                <option value="">all</option>
                {['create', 'update', 'replace', 'delete', 'adopt'].map((a) => (
                  <option key={a} value={a}>
                    {ACTION_LABEL[a]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Text{' '}
              <input
                type="search"
                value={query}
                placeholder="address, type, name, field or value"
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
            <label className="check">
              <input type="checkbox" checked={isRaw} onChange={(e) => setRaw(e.target.checked)} />{' '}
              raw text
            </label>
          </div>
          {isRaw ? <pre className="plan-text">{plan.data.text}</pre> : null}
          {!isRaw && changes.length === 0 ? (
            <p className="muted">No changes. Secure matches your draft.</p>
          ) : null}
          {!isRaw && changes.length > 0 && shown.length === 0 ? (
            <p className="muted">No change matches the filters.</p>
          ) : null}
          {!isRaw
            ? shown.map((change) => <ChangeCard key={change.address} change={change} />)
            : null}
        </section>
      ) : null}
      {plan.data ? (
        <UnmanagedPanel
          key={plan.data.plan.id}
          workspaceId={workspaceId}
          branch={branch}
          unmanaged={plan.data.plan.unmanaged}
          onPlanAgain={() => plan.mutate()}
        />
      ) : null}
    </div>
  );
}

function ChangeCard({ change }: { change: TChange }) {
  const actions = change.change.actions.map((a) => ACTION_LABEL[a] ?? a).join(' + ');
  return (
    <article className="card plan-card" aria-label={`${actions} ${change.address}`}>
      <header>
        <span
          className={`action action-${change.change.actions[change.change.actions.length - 1]}`}
        >
          {actions}
        </span>{' '}
        <code>{change.address}</code>
      </header>
      {change.attributes.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {change.attributes.map((attribute) => (
              <tr key={attribute.path}>
                <td>{attribute.label}</td>
                <td>
                  <code>{show(attribute.before, attribute.isSensitive, false)}</code>
                </td>
                <td>
                  <code>
                    {show(attribute.after, attribute.isSensitive, attribute.isUnknownAfter)}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {change.drift.length > 0 ? (
        <p className="drift">Changed outside code: {change.drift.map((d) => d.label).join(', ')}</p>
      ) : null}
    </article>
  );
}

function show(value: unknown, isSensitive: boolean, isUnknown: boolean): string {
  if (isUnknown) return '(known after apply)';
  if (isSensitive) return '(sensitive value)';
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
