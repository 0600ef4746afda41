'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { ZPolicyOrders, type TPolicyOrder } from '@/lib/contracts/policy-order-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';
import { workspaceKeys } from '@/lib/query/workspace-keys';
import { ProblemMessage } from '../ui/problem-message';

/** The 2018 policy order(s) of the draft, reordered by drag and drop (or the arrow buttons). */
export function PolicyOrderEditor({
  workspaceId,
  branch,
}: {
  workspaceId: string;
  branch: string;
}) {
  const url = `/api/workspaces/${encodeURIComponent(workspaceId)}/policy-order?${new URLSearchParams({ branch })}`;
  const orders = useQuery({
    queryKey: [...workspaceKeys.draft(workspaceId, branch), 'policy-order'],
    queryFn: ({ signal }) => apiFetch(url, ZPolicyOrders, { signal }),
  });
  if (!orders.data || orders.data.orders.length === 0) return null;
  return (
    <>
      {orders.data.orders.map((order) => (
        <OrderList
          key={`${order.address}:${order.etag}`}
          url={url}
          order={order}
          workspaceId={workspaceId}
          branch={branch}
        />
      ))}
    </>
  );
}

function OrderList({
  url,
  order,
  workspaceId,
  branch,
}: {
  url: string;
  order: TPolicyOrder;
  workspaceId: string;
  branch: string;
}) {
  const client = useQueryClient();
  // `positions[i]` is the original index of the element shown at position i.
  const [positions, setPositions] = useState(() => order.policies.map((_, index) => index));
  const [dragged, setDragged] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: () =>
      apiFetch(url, z.object({ etag: z.string() }), {
        method: 'PUT',
        body: { address: order.address, baseEtag: order.etag, order: positions },
      }),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: workspaceKeys.draft(workspaceId, branch) }),
  });
  const move = (from: number, to: number) => {
    if (to < 0 || to >= positions.length || from === to) return;
    const next = [...positions];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setPositions(next);
  };
  const isChanged = positions.some((value, index) => value !== index);
  return (
    <section className="panel" aria-labelledby={`order-${order.address}`}>
      <h2 id={`order-${order.address}`}>Policy order ({order.address})</h2>
      <p className="muted">The first matching policy wins. Drag to reorder, or use the arrows.</p>
      <ol className="policy-order" aria-label="Policy order">
        {positions.map((original, index) => (
          <li
            key={original}
            draggable
            onDragStart={() => setDragged(index)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged !== null) move(dragged, index);
              setDragged(null);
            }}
          >
            <code>{order.policies[original]}</code>
            <button
              type="button"
              aria-label={`Move ${order.policies[original]} up`}
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${order.policies[original]} down`}
              disabled={index === positions.length - 1}
              onClick={() => move(index, index + 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="primary"
        disabled={!isChanged || save.isPending}
        onClick={() => save.mutate()}
      >
        Save order
      </button>
      {save.error instanceof ApiError ? <ProblemMessage problem={save.error.problem} /> : null}
    </section>
  );
}
