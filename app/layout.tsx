import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { EARLY_SHORTCUT_SCRIPT } from '@/components/palette/early-shortcut';
import './globals.css';

export const metadata: Metadata = {
  title: 'Rampart',
  description: 'A web studio for Sysdig Secure security-as-code repositories.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* Static text of ours (no user data): keeps a Ctrl/Cmd+K pressed before hydration. */}
        <script dangerouslySetInnerHTML={{ __html: EARLY_SHORTCUT_SCRIPT }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
