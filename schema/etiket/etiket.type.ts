import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { JalaliDateScalar } from "../../src/core/scalars/jalali-date.js";
import { RialScalar } from "../../src/core/scalars/rial.js";
import { Connection } from "../common/connection.js";
import { Node } from "../common/node.interface.js";

@ObjectType({ description: "A picture of an etiket, as Tahesab stores it." })
export class EtiketImage {
  @Field({ description: "MIME type read from the image's bytes, e.g. `image/jpeg`." })
  mimeType: string;

  @Field({ description: "The image, base64-encoded." })
  base64: string;

  @Field(() => String, { nullable: true, description: "The picture's file name in Tahesab (نام فایل تصویر / PictureFileName), e.g. `a1.jpg`." })
  fileName: string | null;
}

@Directive('@key(fields: "code")')
@ObjectType({
  implements: Node,
  description:
    "An etiket (اتیکت): one tagged, individually tracked piece of jewellery in a Tahesab shop, " +
    "identified by its code (شناسه کار).",
})
export class Etiket extends Node {
  @Field({ description: "The etiket's code in Tahesab (شناسه کار / Code), a string of digits." })
  code: string;

  @Field(() => String, { nullable: true, description: "Name of the piece (نام), e.g. انگشتر طلا." })
  name: string | null;

  @Field(() => Float, { nullable: true, description: "Weight in grams (وزن / Vazn)." })
  weightGrams: number | null;

  @Field(() => Int, { nullable: true, description: "Purity in thousandths (عیار / Ayar): 750 is 18 carat." })
  ayar: number | null;

  @Field(() => String, { nullable: true, description: "Size (سایز), as the shop writes it." })
  size: string | null;

  @Field(() => String, { nullable: true, description: "Colour (رنگ), e.g. زرد (yellow), سفید (white), رزگلد (rose gold)." })
  color: string | null;

  @Field(() => Int, { nullable: true, description: "Tahesab's number for the colour (کد رنگ / ColorCode)." })
  colorCode: number | null;

  @Field(() => String, { nullable: true, description: "Free description (شرح / Sharh)." })
  description: string | null;

  @Field(() => Float, { nullable: true, description: "Profit percent (درصد سود / DarsadSood), 7 meaning 7%." })
  profitPercent: number | null;

  @Field(() => Float, { nullable: true, description: "Weight percent (درصد وزن / DarsadVazn), as Tahesab keeps it for pricing." })
  weightPercent: number | null;

  @Field(() => Float, { nullable: true, description: "The second weight percent Tahesab keeps (درصد وزن مایه / DarsadVaznMaye)." })
  weightPercentMaye: number | null;

  @Field(() => RialScalar, { nullable: true, description: "Unit price in rials (مظنه / Mazaneh) the piece is priced at." })
  unitPrice: string | null;

  @Field(() => RialScalar, { nullable: true, description: "The piece's price for online sale in rials (قیمت آنلاین / OnlinePrice), as Tahesab computes it." })
  onlinePrice: string | null;

  @Field(() => RialScalar, { nullable: true, description: "Price of the stones set in the piece, in rials (پول سنگ / PoolSang)." })
  stonePrice: string | null;

  @Field(() => Boolean, { nullable: true, description: "True while the piece is in the shop's stock (موجود / IsMojood)." })
  inStock: boolean | null;

  @Field(() => String, { nullable: true, description: "Code of the made-goods line (کد کار / CodeKar) the piece belongs to." })
  madeGoodsCode: string | null;

  @Field(() => String, { nullable: true, description: "File name of its picture in Tahesab (نام فایل تصویر / PictureFileName)." })
  pictureFileName: string | null;

  @Field(() => JalaliDateScalar, {
    nullable: true,
    description:
      "Shamsi day of the piece's latest change within the period asked (تاریخ تغییر / TarikhTaghir: registered, edited or sold); " +
      "filled only by `updatedEtikets`, null elsewhere.",
  })
  changedOn: string | null;
}

@ObjectType({ description: "A page of etikets." })
export class EtiketConnection extends Connection(Etiket, "Etiket") {}

// Re-exported so resolvers can name the id scalar without importing type-graphql's ID twice.
export { ID };
