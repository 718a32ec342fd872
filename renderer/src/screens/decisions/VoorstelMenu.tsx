// "Concept B&W-voorstel" for a voorbereidend item whose advice goes to the colleges: one menu entry per
// municipality of the body (those with their own Word template say so). On the desktop the native save
// dialog asks where; in browser mode the file is downloaded.
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import type { ItemView } from '../../../../shared/api/views';
import { TARGET_REACHES } from '../../../../shared/rules/chain';
import { kindRules } from '../../../../shared/domain/item-kinds';
import { nlc } from '../../i18n/nl-chain';
import { useApi } from '../../api/context';
import { useApiQuery } from '../../api/queries';
import { notify } from '../../app/notify';
import { useExport } from '../minutes/useExport';

/** Whether an item gets a B&W-voorstel: voorbereidend, with advice (or a target) that reaches the colleges. */
export function hasVoorstel(item: Pick<ItemView, 'kind' | 'target' | 'decisions'>): boolean {
  if (!kindRules(item.kind)?.decidedElsewhere) return false;
  const destinations = item.decisions.map((d) => d.destination).filter((d) => d !== null);
  return (destinations.length ? destinations : [item.target]).some((d) => d && TARGET_REACHES[d].colleges);
}

function useVoorstel(bodyId: string, meetingId: string, itemId: string) {
  const api = useApi();
  const templates = useApiQuery('templates.list', { bodyId });
  const exporting = useExport();
  const run = (municipality: string) =>
    void exporting.run(
      async (outPath) => {
        const result = await api['export.voorstel']({
          meetingId,
          itemId,
          municipality,
          ...(outPath ? { outPath } : {}),
        });
        notify({
          intent: result.notice ? 'warning' : 'success',
          text: `${outPath ? nlc.voorstelSaved(result.fileName) : nlc.voorstelDownloaded(result.fileName)}${result.notice ? ` ${result.notice}` : ''}`,
        });
        return result;
      },
      nlc.voorstelDialog(municipality),
      `B&W-voorstel ${municipality}.docx`,
    );
  return { municipalities: templates.data ?? [], run, busy: exporting.busy };
}

function Items({ municipalities, run }: ReturnType<typeof useVoorstel>) {
  return (
    <MenuList>
      {municipalities.map((m) => (
        <MenuItem
          key={m.municipality.id}
          onClick={() => run(m.municipality.name)}
          secondaryContent={m.template ? nlc.ownTemplate : undefined}
        >
          {nlc.voorstelFor(m.municipality.name)}
        </MenuItem>
      ))}
    </MenuList>
  );
}

/** A button with the municipalities (the decisions register). */
export function VoorstelButton(props: { bodyId: string; meetingId: string; itemId: string }) {
  const voorstel = useVoorstel(props.bodyId, props.meetingId, props.itemId);
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          size="small"
          icon={<DocumentTextRegular />}
          disabled={voorstel.busy}
          title={nlc.voorstelHint}
          data-testid="voorstel-menu"
        >
          {nlc.voorstel}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <Items {...voorstel} />
      </MenuPopover>
    </Menu>
  );
}

/** A submenu of another menu (an agenda row's). */
export function VoorstelSubmenu(props: { bodyId: string; meetingId: string; itemId: string }) {
  const voorstel = useVoorstel(props.bodyId, props.meetingId, props.itemId);
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuItem icon={<DocumentTextRegular />} disabled={voorstel.busy}>
          {nlc.voorstel}
        </MenuItem>
      </MenuTrigger>
      <MenuPopover>
        <Items {...voorstel} />
      </MenuPopover>
    </Menu>
  );
}
