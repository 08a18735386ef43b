// The change hook (SetChangeHook {url, hookPassword}): after each change
// Hesabfa POSTs {Password, Action, ObjectType, ObjectIdList} (VENDORS.md;
// H1's webhook endpoint checks Password, the only proof). The changes of one
// call go out as one POST per (Action, ObjectType), their ObjectIds in
// ObjectIdList. Fire and forget: nothing waits for it, a failure is only
// noted in state.hookDeliveries.
import { request as httpRequest, type ClientRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { ChangeRecord } from "./records.js";
import type { ChangeHook, HookDelivery } from "./state.js";

const TIMEOUT_MS = 10_000;

export class HookSender {
  private readonly inFlight = new Set<ClientRequest>();

  constructor(private readonly deliveries: HookDelivery[]) {}

  send(hook: ChangeHook, changes: ChangeRecord[]): void {
    const groups = new Map<string, { Action: number; ObjectType: string; ids: number[] }>();
    for (const change of changes) {
      const key = `${change.Action}:${change.ObjectType}`;
      const group = groups.get(key) ?? { Action: change.Action, ObjectType: change.ObjectType, ids: [] };
      if (!group.ids.includes(change.ObjectId)) group.ids.push(change.ObjectId);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      this.post(hook, { Password: hook.password, Action: group.Action, ObjectType: group.ObjectType, ObjectIdList: group.ids });
    }
  }

  private post(hook: ChangeHook, body: HookDelivery["body"]): void {
    const delivery: HookDelivery = { url: hook.url, body, outcome: "pending" };
    this.deliveries.push(delivery);
    const payload = Buffer.from(JSON.stringify(body), "utf8");
    const url = new URL(hook.url);
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = request(url, {
      method: "POST",
      agent: false,
      timeout: TIMEOUT_MS,
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Length": String(payload.length), Connection: "close" },
    });
    this.inFlight.add(req);
    const done = (outcome: number | string) => {
      if (delivery.outcome === "pending") delivery.outcome = outcome;
      this.inFlight.delete(req);
    };
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => done(res.statusCode ?? 0));
      res.on("error", (error) => done(error.message));
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", (error) => done(error.message));
    req.end(payload);
  }

  /** Abandons deliveries still under way (the simulator is closing). */
  close(): void {
    for (const req of this.inFlight) req.destroy(new Error("simulator closed"));
    this.inFlight.clear();
  }
}
