import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { BalanceResolver } from "../resolvers/balance.resolver.js";
import { CreateCustomerResolver, DeleteCustomerResolver, UpdateCustomerResolver } from "../resolvers/customer-writes.resolver.js";
import { CustomerResolver } from "../resolvers/customer.resolver.js";
import { EtiketResolver } from "../resolvers/etiket.resolver.js";
import { BalanceDatesResolver, EtiketDatesResolver, SanadReceiptDatesResolver } from "../resolvers/gregorian-dates.resolver.js";
import { HesabitCustomerResolver } from "../resolvers/hesabit-customer.resolver.js";
import { HesabitInvoiceResolver } from "../resolvers/hesabit-invoice.resolver.js";
import { HesabitResolver } from "../resolvers/hesabit.resolver.js";
import { InvoiceIdResolver, ItemIdResolver } from "../resolvers/invoice-ids.resolver.js";
import { NodeResolver } from "../resolvers/node.resolver.js";
import { TransactionResolver } from "../resolvers/transaction.resolver.js";
import { HesabfaBusinessResolver } from "../resolvers/hesabfa/hesabfa-business.resolver.js";
import { HesabfaCustomersResolver } from "../resolvers/hesabfa/hesabfa-customers.resolver.js";
import { HesabfaInvoicesResolver } from "../resolvers/hesabfa/hesabfa-invoices.resolver.js";
import { HesabfaItemsResolver } from "../resolvers/hesabfa/hesabfa-items.resolver.js";
import { InvoiceResolver } from "../resolvers/invoice.resolver.js";
import { ItemResolver } from "../resolvers/item.resolver.js";
import { RfidResolver } from "../resolvers/rfid.resolver.js";
import { SanadResolver } from "../resolvers/sanad.resolver.js";
import { guardEntities, referenceResolvers } from "./federation.js";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/** Every resolver class of the graph. */
export const resolvers = [NodeResolver, EtiketResolver, SanadResolver, CustomerResolver, CreateCustomerResolver, UpdateCustomerResolver, DeleteCustomerResolver, BalanceResolver, RfidResolver,
  EtiketDatesResolver, SanadReceiptDatesResolver, BalanceDatesResolver,
  HesabitCustomerResolver, TransactionResolver, HesabitInvoiceResolver, InvoiceIdResolver, ItemIdResolver, HesabitResolver,
  ItemResolver, InvoiceResolver, HesabfaCustomersResolver, HesabfaItemsResolver, HesabfaInvoicesResolver, HesabfaBusinessResolver] as const;

function mergeResolverMaps(base: Record<string, any>, extra: Record<string, any>): Record<string, any> {
  const merged: Record<string, any> = { ...base };
  for (const [type, fields] of Object.entries(extra)) merged[type] = { ...(merged[type] ?? {}), ...fields };
  return merged;
}

/**
 * The graph as an Apollo Federation 2 subgraph: type-graphql builds the
 * schema from the classes, then @apollo/subgraph adds `_service`, `_entities`
 * and `__resolveReference`. The same schema serves standalone clients.
 */
export async function buildGraphSchema(): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: [...resolvers],
    // Federation directives are checked by buildSubgraphSchema, not here.
    skipCheck: true,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: mergeResolverMaps(createResolversMap(typeGraphqlSchema) as Record<string, any>, referenceResolvers()),
  });
  return guardEntities(schema);
}

/** The SDL committed as schema/schema.graphql: what `_service { sdl }` answers. */
export function printGraphSchema(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema).trimEnd() + "\n";
}
