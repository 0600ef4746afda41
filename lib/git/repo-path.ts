import { z } from 'zod';

/**
 * A path inside a repo as a user may name it: relative, forward slashes, no `.`/`..` segments,
 * nothing under `.git`, no control characters. Validation only; confinement against symlinks is
 * `resolveInWorktree`'s job.
 */
export const ZRepoPath = z
  .string()
  .min(1, 'must not be empty')
  .max(1024, 'must be at most 1024 characters')
  .refine(
    (value) => !/[\u0000-\u001f\u007f\\]/.test(value),
    'must not contain control characters or backslashes',
  )
  .refine((value) => !value.startsWith('/'), 'must be relative to the repository root')
  .refine((value) => !/^[A-Za-z]:/.test(value), 'must be relative to the repository root')
  .refine(
    (value) =>
      value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..'),
    'must not contain empty, "." or ".." segments',
  )
  .refine((value) => value.split('/')[0]?.toLowerCase() !== '.git', 'must not point into .git');

/** A branch name (further checked by `git check-ref-format --branch`). */
export const ZBranchName = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9._/-]+$/, 'may contain only letters, digits, ".", "_", "-" and "/"')
  .refine(
    (value) => !value.startsWith('-') && !value.startsWith('/') && !value.endsWith('/'),
    'must not start with "-" or start/end with "/"',
  )
  .refine(
    (value) =>
      !value.includes('..') &&
      !value.includes('//') &&
      !value.endsWith('.lock') &&
      !value.endsWith('.'),
    'is not a valid git branch name',
  )
  .refine(
    (value) => value.split('/').every((part) => !part.startsWith('.')),
    'no part may start with "."',
  );
