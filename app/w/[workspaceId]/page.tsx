import { Studio } from '@/components/workspace/studio';

export default async function WorkspacePage({
  params,
  searchParams,
}: {
  params: Promise<{ workspaceId: string }>;
  searchParams: Promise<{ branch?: string | string[] }>;
}) {
  const { workspaceId } = await params;
  const { branch } = await searchParams;
  return (
    <Studio workspaceId={workspaceId} branch={typeof branch === 'string' ? branch : undefined} />
  );
}
