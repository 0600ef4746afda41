import { AuditLog } from '@/components/admin/audit-log';

export default function AuditPage() {
  return <AuditLog />;
}
