'use client';
import { z } from 'zod';
import { ZDiagnostic, type TDiagnostic } from '@/lib/contracts/index-api';
import { ApiError, apiFetch } from '@/lib/query/api-fetch';

const ZValidateResult = z.object({ diagnostics: z.array(ZDiagnostic) });

/**
 * Asks the server to validate unsaved text of one file in the context of its module (POST
 * `/validate`). A 422 carries the diagnostics in `details.diagnostics`: returned like a 200's.
 * Null when the server could not judge (network, auth, server error): the caller keeps what it
 * showed. Never throws an ApiError.
 */
export async function validateDraftText(
  draft: { workspaceId: string; branch: string },
  path: string,
  content: string,
): Promise<TDiagnostic[] | null> {
  const url = `/api/workspaces/${encodeURIComponent(draft.workspaceId)}/validate?${new URLSearchParams({ branch: draft.branch })}`;
  try {
    const result = await apiFetch(url, ZValidateResult, {
      method: 'POST',
      body: { path, content },
    });
    return result.diagnostics;
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      const parsed = z.array(ZDiagnostic).safeParse(error.problem.details?.diagnostics);
      return parsed.success ? parsed.data : null;
    }
    if (error instanceof ApiError) return null;
    throw error;
  }
}
