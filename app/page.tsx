import { WorkspaceList } from '@/components/workspace/workspace-list';

export default function HomePage() {
  return <WorkspaceList />;
}
