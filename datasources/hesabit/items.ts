import type { ItemRecord } from "../../src/core/invoice.js";
import { HESABIT_ITEM, oneOf } from "./answers.js";
import type { HesabitClient } from "./client.js";
import { idSegment } from "./paths.js";
import { itemRecord } from "./records.js";

const GET = "GET /items/{id}";

/**
 * Hesabit's items, as far as documented: the seed's overview names the path
 * `/items/{item_id}` and nothing of an item's fields, so an item answers its
 * id and nothing is invented beside it.
 */
export class HesabitItems {
  constructor(private readonly client: HesabitClient) {}

  async byId(id: string): Promise<ItemRecord | null> {
    const answer = await this.client.call({ method: "GET", operation: GET, path: `items/${idSegment(id)}` }, { absentOn404: true });
    return answer ? itemRecord(oneOf(GET, answer.data, "Item", HESABIT_ITEM).id) : null;
  }
}
