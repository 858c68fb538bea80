import { isDrill } from '../config/schema';
import { useServices, useUi } from './context';
import { TopBar } from './TopBar';
import { Banners } from './Banners';
import { MapPanel } from './MapPanel';
import { SidePanels } from './SidePanels';
import { StatusBar } from './StatusBar';
import { useOperations } from '../features/operations/api/use-operations';

/** The operations view: on a quiet day the shelter masters, during an event the live picture. */
export function Dashboard() {
  const { config } = useServices();
  const lang = useUi((s) => s.lang);
  const kiosk = useUi((s) => s.kiosk);
  const ops = useOperations();
  return (
    <div className="app" data-kiosk={kiosk ? '1' : undefined} lang={lang}>
      <TopBar event={ops.activeEvents[0]} drill={isDrill(config)} />
      <Banners ops={ops} />
      <div className="body">
        <MapPanel ops={ops} />
        <SidePanels ops={ops} />
      </div>
      <StatusBar ops={ops} />
    </div>
  );
}
