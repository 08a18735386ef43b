export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An amount of money in Iranian rials (ریال), a whole number up to ±2^53−1, sent as a JSON number (strings of digits are accepted on input). Never truncated to 32 bits. */
  Rial: { input: number; output: number; }
};

/** An etiket (اتیکت): one tagged, individually tracked piece of jewellery in a Tahesab shop, identified by its code (شناسه کار). */
export type Etiket = Node & {
  __typename?: 'Etiket';
  /** Purity in thousandths (عیار / Ayar): 750 is 18 carat. */
  ayar?: Maybe<Scalars['Int']['output']>;
  /** Shamsi day of the last change (registered, edited or sold); filled only by `updatedEtikets`. */
  changedOn?: Maybe<Scalars['String']['output']>;
  /** The etiket's code in Tahesab (شناسه کار / Code), a string of digits. */
  code: Scalars['String']['output'];
  /** Colour (رنگ), e.g. زرد (yellow), سفید (white), رزگلد (rose gold). */
  color?: Maybe<Scalars['String']['output']>;
  /** Free description (شرح / Sharh). */
  description?: Maybe<Scalars['String']['output']>;
  /** Global id of this etiket, for `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The piece's picture. Asked for only when selected: one batched image call per operation. */
  image?: Maybe<EtiketImage>;
  /** True while the piece is in the shop's stock (موجود / IsMojood). */
  inStock?: Maybe<Scalars['Boolean']['output']>;
  /** Code of the made-goods line (کد کار / CodeKar) the piece belongs to. */
  madeGoodsCode?: Maybe<Scalars['String']['output']>;
  /** Name of the piece (نام), e.g. انگشتر طلا. */
  name?: Maybe<Scalars['String']['output']>;
  /** File name of its picture in Tahesab (PictureFileName). */
  pictureFileName?: Maybe<Scalars['String']['output']>;
  /** Profit percent (درصد سود / DarsadSood), 7 meaning 7%. */
  profitPercent?: Maybe<Scalars['Float']['output']>;
  /** Size (سایز), as the shop writes it. */
  size?: Maybe<Scalars['String']['output']>;
  /** Price of the stones set in the piece, in rials (پول سنگ / PoolSang). */
  stonePrice?: Maybe<Scalars['Rial']['output']>;
  /** Weight in grams (وزن / Vazn). */
  weightGrams?: Maybe<Scalars['Float']['output']>;
};

/** A page of etikets. */
export type EtiketConnection = {
  __typename?: 'EtiketConnection';
  /** The Etiket items of this page, in order. */
  edges: Array<EtiketEdge>;
  /** Where this page stands: whether more follow, and the cursors to get them. */
  pageInfo: PageInfo;
  /** How many items in all, when the vendor tells; null otherwise. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** One Etiket in a page, with its cursor. */
export type EtiketEdge = {
  __typename?: 'EtiketEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The Etiket. */
  node: Etiket;
};

/** A picture of an etiket, as Tahesab stores it. */
export type EtiketImage = {
  __typename?: 'EtiketImage';
  /** The image, base64-encoded. */
  base64: Scalars['String']['output'];
  /** The picture's file name in Tahesab (PictureFileName), e.g. `a1.jpg`. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** MIME type read from the image's bytes, e.g. `image/jpeg`. */
  mimeType: Scalars['String']['output'];
};

/** An object with a global id: `node(id:)` finds it again (Relay object identification). */
export type Node = {
  /** Global id, opaque; names the vendor, the type and the vendor's own id. */
  id: Scalars['ID']['output'];
};

/** Where a page of a connection stands (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One etiket by its code; null when Tahesab has no such code. */
  etiket?: Maybe<Etiket>;
  /** Etikets by code, in the order asked; an unknown code gives null in its place. Every etiket lookup of one operation (aliases, nesting, federation references) travels in one Tahesab call per batch. */
  etikets: Array<Maybe<Etiket>>;
  /** Etikets whose code lies in a range (DoListEtiket), in code order, page by page. */
  etiketsByCodeRange: EtiketConnection;
  /** Any object by its global id; null when it no longer exists. */
  node?: Maybe<Node>;
};


export type QueryEtiketArgs = {
  code: Scalars['String']['input'];
};


export type QueryEtiketsArgs = {
  codes: Array<Scalars['String']['input']>;
};


export type QueryEtiketsByCodeRangeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  fromCode: Scalars['String']['input'];
  toCode: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};
