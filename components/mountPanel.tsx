import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Subject } from '@/lib/model';
import { Panel } from './Panel';
import { QueryProvider } from './QueryProvider';

/** Puts the side panel in a shadow root, so the ATS's styles and ours never mix. */
export async function mountPanel(ctx: ContentScriptContext, subject: Subject) {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'scorelens-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(
        <QueryProvider>
          <Panel subject={subject} />
        </QueryProvider>,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}
