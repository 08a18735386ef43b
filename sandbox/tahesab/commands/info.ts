// The current add-on's argument-less commands real clients call.
//  - CheckHealth [] -> {"Api_Status": "OK", "DBType", "DBName"}: S1
//    (radiarkazemi/gold_abshd) calls it before every outbox drain and refuses
//    to write when DBName is not the database it expects. DBType's values are
//    not shown by any source: "Access" / "SQLServer" is a guess.
//  - GetEtiketTableInfo [] -> {"CountALL", "MinCode", "MaxCode"} (numbers:
//    S3 Ahmadrezagh/Zarnia-Laravel pages DoListEtiket from MinCode to MaxCode).
//  - DoListGorooh [] -> [{"Name", "GID"}] (S1's test: GID a number).
//  - DoListNameSekeh [] -> [{"Name", "Vazn", "Ayar"}] (S2 hosseini-milad/zar).
import type { Json } from "../json.js";
import type { CommandContext, CommandHandler } from "./index.js";

function checkHealth({ env }: CommandContext): Json {
  return { Api_Status: "OK", DBType: env.backEnd, DBName: env.dbName };
}

function etiketTableInfo({ state }: CommandContext): Json {
  const codes = [...state.etikets.keys()].map(Number);
  if (codes.length === 0) return { CountALL: 0, MinCode: 0, MaxCode: 0 };
  return { CountALL: codes.length, MinCode: Math.min(...codes), MaxCode: Math.max(...codes) };
}

function listGroups({ state }: CommandContext): Json {
  return [...state.groups.values()].sort((a, b) => a.GID - b.GID).map((g) => ({ Name: g.Name, GID: g.GID }));
}

function listCoinKinds({ state }: CommandContext): Json {
  return state.coinKinds.map((c) => ({ Name: c.Name, Vazn: c.Vazn, Ayar: c.Ayar }));
}

export const INFO_COMMANDS: Record<string, CommandHandler> = {
  CheckHealth: { write: false, run: checkHealth },
  GetEtiketTableInfo: { write: false, run: etiketTableInfo },
  DoListGorooh: { write: false, run: listGroups },
  DoListNameSekeh: { write: false, run: listCoinKinds },
};
