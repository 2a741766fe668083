import { getLicense } from '../licenses/register.js';
import { shipmentsOf, type ShipmentRecord } from '../licenses/shipment-history.js';
import { errors } from '../model/error-catalogue.js';
import type { Runtime } from './runtime.js';

export type { ShipmentRecord };

/** The shipments drawn against a license (cancelled ones marked), newest first. */
export async function licenseShipments(rt: Runtime, number: string): Promise<ShipmentRecord[]> {
  return rt.store.use('read', async (store) => {
    const license = await getLicense(store.db, number);
    if (!license) throw errors.licenseNotFound(number);
    return shipmentsOf(store.db, license.id);
  });
}
