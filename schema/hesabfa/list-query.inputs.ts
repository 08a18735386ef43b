import { ArrayMaxSize, Length, ValidateNested } from "class-validator";
import { Field, InputType, registerEnumType } from "type-graphql";

export enum FilterOperator {
  EQUALS = "EQUALS",
  NOT_EQUALS = "NOT_EQUALS",
  GREATER_THAN = "GREATER_THAN",
  GREATER_OR_EQUAL = "GREATER_OR_EQUAL",
  LESS_THAN = "LESS_THAN",
  LESS_OR_EQUAL = "LESS_OR_EQUAL",
  CONTAINS = "CONTAINS",
  STARTS_WITH = "STARTS_WITH",
  ENDS_WITH = "ENDS_WITH",
  IN = "IN",
}
registerEnumType(FilterOperator, {
  name: "FilterOperator",
  description: "How a list filter compares a field with its value (عملگر فیلتر).",
  valuesConfig: {
    EQUALS: { description: "Equal to `value` (برابر); text compares without regard to case. With no value: the field is empty." },
    NOT_EQUALS: { description: "Not equal to `value` (نابرابر). With no value: the field is filled." },
    GREATER_THAN: { description: "Greater than `value` (بزرگتر): numbers and dates." },
    GREATER_OR_EQUAL: { description: "Greater than or equal to `value` (بزرگتر یا مساوی): numbers and dates." },
    LESS_THAN: { description: "Less than `value` (کوچکتر): numbers and dates." },
    LESS_OR_EQUAL: { description: "Less than or equal to `value` (کوچکتر یا مساوی): numbers and dates." },
    CONTAINS: { description: "Text that contains `value` (شامل)." },
    STARTS_WITH: { description: "Text that starts with `value` (شروع شود با)." },
    ENDS_WITH: { description: "Text that ends with `value` (خاتمه یابد با)." },
    IN: { description: "Equal to one of `values` (در بین مقادیر)." },
  },
});

/**
 * The sort, search and filter inputs of one list (type-graphql's generic
 * pattern: called once per list, at module level, with the list's field enum).
 */
export function listInputs<F extends string>(FieldEnum: object, name: string, noun: string) {
  @InputType(`${name}Filter`, { description: `One condition on ${noun} (شرط فیلتر).` })
  class FilterInput {
    @Field(() => FieldEnum, { description: "The field compared (فیلد)." })
    field: F;

    @Field(() => FilterOperator, { description: "How it is compared (عملگر)." })
    operator: FilterOperator;

    @Field(() => String, {
      nullable: true,
      description:
        "The value compared with (مقدار), as text: a code (padded or not), a number (12.5), a day (2024-03-20), a Tehran time " +
        "(2024-03-20T10:30:00), true/false, or an enum value of the field. Every operator but IN; left out with EQUALS/NOT_EQUALS: empty.",
    })
    @Length(0, 500)
    value?: string | null;

    @Field(() => [String], { nullable: true, description: "The values for IN (مقادیر), 1 to 1000 of them, each as for `value`." })
    @ArrayMaxSize(1000)
    values?: string[] | null;
  }

  @InputType(`${name}Sort`, { description: `The order of ${noun} (مرتب سازی).` })
  class SortInput {
    @Field(() => FieldEnum, { description: "The field sorted by (فیلد)." })
    field: F;

    @Field({ defaultValue: false, description: "True for the largest first (نزولی)." })
    descending: boolean;
  }

  @InputType(`${name}Search`, { description: `A text search in ${noun} (جستجو).` })
  class SearchInput {
    @Field({ description: "The text searched for (عبارت جستجو), 1 to 200 characters." })
    @Length(1, 200)
    text: string;

    @Field(() => [FieldEnum], { nullable: true, description: "The fields searched (فیلدهای جستجو); left out: the vendor's usual ones (code, name…)." })
    @ArrayMaxSize(30)
    fields?: F[] | null;
  }

  @InputType(`${name}Query`, { description: `Which ${noun} to list, and in which order (فیلتر و مرتب سازی). Every part is optional.` })
  class QueryInput {
    @Field(() => SortInput, { nullable: true, description: "Sort order (مرتب سازی); left out: the vendor's own order." })
    @ValidateNested()
    sort?: SortInput | null;

    @Field(() => SearchInput, { nullable: true, description: "Text search (جستجو)." })
    @ValidateNested()
    search?: SearchInput | null;

    @Field(() => [FilterInput], { nullable: true, description: "Conditions that must all hold (فیلترها), at most 20." })
    @ArrayMaxSize(20)
    @ValidateNested({ each: true })
    filters?: FilterInput[] | null;
  }
  return QueryInput;
}
