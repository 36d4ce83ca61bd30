/**
 * Prisma Client (v6.19.3): the TypeScript declarations of this schema, by Seedbed.
 * Type names and input shapes are Prisma's; results are the model types (Prisma
 * computes them from `select`/`include`), and the runtime helpers are declared below.
 */

export type PrismaPromise<T> = Prisma.PrismaPromise<T>

/**
 * Model Author
 */
export type Author = {
  id: number
  name: string
}

/**
 * Model Book
 */
export type Book = {
  id: number
  title: string
  authorId: number | null
}

/**
 * ##  Prisma Client
 *
 * const prisma = new PrismaClient()
 * const users = await prisma.user.findMany()
 */
export class PrismaClient {
  constructor(options?: Prisma.PrismaClientOptions)
  $connect(): Promise<void>
  $disconnect(): Promise<void>
  $transaction<P extends Prisma.PrismaPromise<any>[]>(arg: [...P], options?: { isolationLevel?: Prisma.TransactionIsolationLevel }): Promise<{ [K in keyof P]: Awaited<P[K]> }>
  $transaction<R>(fn: (prisma: Prisma.TransactionClient) => Promise<R>, options?: { maxWait?: number, timeout?: number, isolationLevel?: Prisma.TransactionIsolationLevel }): Promise<R>

  /**
   * `prisma.author`: Exposes CRUD operations for the **Author** model.
   */
  get author(): Prisma.AuthorDelegate

  /**
   * `prisma.book`: Exposes CRUD operations for the **Book** model.
   */
  get book(): Prisma.BookDelegate
}

export namespace Prisma {

  export interface PrismaPromise<T> extends Promise<T> {
    readonly [Symbol.toStringTag]: 'PrismaPromise'
  }

  export const prismaVersion: {
    client: string
    engine: string
  }

  /** decimal.js' `Decimal`, which Prisma Client re-exports for Decimal fields. */
  export class Decimal {
    constructor(value: string | number | Decimal)
    toFixed(decimalPlaces?: number): string
    toNumber(): number
    toString(): string
    toJSON(): string
  }

  export type DecimalJsLike = {
    d: number[]
    e: number
    s: number
    toFixed(): string
  }

  export type Bytes = Uint8Array

  export type JsonObject = { [Key in string]?: JsonValue }
  export interface JsonArray extends Array<JsonValue> {}
  export type JsonValue = string | number | boolean | JsonObject | JsonArray | null

  export type InputJsonObject = { readonly [Key in string]?: InputJsonValue | null }
  export interface InputJsonArray extends ReadonlyArray<InputJsonValue | null> {}
  export type InputJsonValue = string | number | boolean | InputJsonObject | InputJsonArray | { toJSON(): unknown }

  /** Markers for the database NULL and the JSON `null` in Json fields. */
  export const DbNull: { readonly _prismaNull: 'DbNull' }
  export const JsonNull: { readonly _prismaNull: 'JsonNull' }
  export const AnyNull: { readonly _prismaNull: 'AnyNull' }

  /** A reference to another field of the same model, usable in filters (`prisma.user.fields.x`). */
  export interface FieldRef<Model, FieldType> {
    readonly modelName: Model
    readonly name: string
    readonly typeName: FieldType
    readonly isList: boolean
  }

  export type FieldRefInputType<Model, FieldType> = Model extends never ? never : FieldRef<Model, FieldType>

  /** Either `T` or `U`, never a mix of their keys. */
  export type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never }
  export type XOR<T, U> = T extends object ? U extends object ? (Without<T, U> & U) | (Without<U, T> & T) : U : T

  /** `O` with at least one of the keys `K` given (a `WhereUniqueInput` needs one unique key). */
  export type AtLeast<O extends object, K extends string> = O & { [P in K & keyof O]-?: Required<Pick<O, P>> }[K & keyof O]

  export const ModelName: {
    Author: 'Author',
    Book: 'Book'
  };

  export type ModelName = (typeof ModelName)[keyof typeof ModelName]

  export type Datasources = {
    db?: Datasource
  }

  export type Datasource = {
    url?: string
  }

  export type ErrorFormat = 'pretty' | 'colorless' | 'minimal'

  export type LogLevel = 'info' | 'query' | 'warn' | 'error'

  export type LogDefinition = {
    level: LogLevel
    emit: 'stdout' | 'event'
  }

  export interface PrismaClientOptions {
    datasources?: Datasources
    datasourceUrl?: string
    errorFormat?: ErrorFormat
    log?: (LogLevel | LogDefinition)[]
    transactionOptions?: {
      maxWait?: number
      timeout?: number
      isolationLevel?: TransactionIsolationLevel
    }
  }

  export type TransactionClient = Omit<PrismaClient, '$connect' | '$disconnect' | '$transaction'>


  /**
   * Model Author
   */

  export type AuthorCountOutputType = {
    books: number
  }

  export type AuthorCountOutputTypeSelect = {
    books?: boolean | AuthorCountOutputTypeCountBooksArgs
  }

  export type AuthorCountOutputTypeDefaultArgs = {
    select?: AuthorCountOutputTypeSelect | null
  }

  export type AuthorCountOutputTypeCountBooksArgs = {
    where?: BookWhereInput
  }

  export type AggregateAuthor = {
    _count: AuthorCountAggregateOutputType | null
    _avg: AuthorAvgAggregateOutputType | null
    _sum: AuthorSumAggregateOutputType | null
    _min: AuthorMinAggregateOutputType | null
    _max: AuthorMaxAggregateOutputType | null
  }

  export type AuthorAvgAggregateOutputType = {
    id: number | null
  }

  export type AuthorSumAggregateOutputType = {
    id: number | null
  }

  export type AuthorMinAggregateOutputType = {
    id: number | null
    name: string | null
  }

  export type AuthorMaxAggregateOutputType = {
    id: number | null
    name: string | null
  }

  export type AuthorCountAggregateOutputType = {
    id: number
    name: number
    _all: number
  }

  export type AuthorCountAggregateInputType = {
    id?: true
    name?: true
    _all?: true
  }

  export type AuthorAvgAggregateInputType = {
    id?: true
  }

  export type AuthorSumAggregateInputType = {
    id?: true
  }

  export type AuthorMinAggregateInputType = {
    id?: true
    name?: true
  }

  export type AuthorMaxAggregateInputType = {
    id?: true
    name?: true
  }

  export type AuthorAggregateArgs = {
    where?: AuthorWhereInput
    orderBy?: AuthorOrderByWithRelationInput | AuthorOrderByWithRelationInput[]
    cursor?: AuthorWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | AuthorCountAggregateInputType
    _avg?: AuthorAvgAggregateInputType
    _sum?: AuthorSumAggregateInputType
    _min?: AuthorMinAggregateInputType
    _max?: AuthorMaxAggregateInputType
  }

  export type AuthorGroupByArgs = {
    where?: AuthorWhereInput
    orderBy?: AuthorOrderByWithAggregationInput | AuthorOrderByWithAggregationInput[]
    by: AuthorScalarFieldEnum[] | AuthorScalarFieldEnum
    having?: AuthorScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: AuthorCountAggregateInputType | true
    _avg?: AuthorAvgAggregateInputType
    _sum?: AuthorSumAggregateInputType
    _min?: AuthorMinAggregateInputType
    _max?: AuthorMaxAggregateInputType
  }

  export type AuthorGroupByOutputType = {
    id: number
    name: string
    _count: AuthorCountAggregateOutputType | null
    _avg: AuthorAvgAggregateOutputType | null
    _sum: AuthorSumAggregateOutputType | null
    _min: AuthorMinAggregateOutputType | null
    _max: AuthorMaxAggregateOutputType | null
  }

  export type AuthorSelect = {
    id?: boolean
    name?: boolean
    books?: boolean | Author$booksArgs
    _count?: boolean | AuthorCountOutputTypeDefaultArgs
  }

  export type AuthorSelectCreateManyAndReturn = {
    id?: boolean
    name?: boolean
  }

  export type AuthorSelectUpdateManyAndReturn = {
    id?: boolean
    name?: boolean
  }

  export type AuthorOmit = {
    id?: boolean
    name?: boolean
  }

  export type AuthorInclude = {
    books?: boolean | Author$booksArgs
    _count?: boolean | AuthorCountOutputTypeDefaultArgs
  }

  export type AuthorIncludeCreateManyAndReturn = {
  }

  export type AuthorIncludeUpdateManyAndReturn = {
  }

  export type AuthorFindUniqueArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where: AuthorWhereUniqueInput
  }

  export type AuthorFindUniqueOrThrowArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where: AuthorWhereUniqueInput
  }

  export type AuthorFindFirstArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where?: AuthorWhereInput
    orderBy?: AuthorOrderByWithRelationInput | AuthorOrderByWithRelationInput[]
    cursor?: AuthorWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AuthorScalarFieldEnum | AuthorScalarFieldEnum[]
  }

  export type AuthorFindFirstOrThrowArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where?: AuthorWhereInput
    orderBy?: AuthorOrderByWithRelationInput | AuthorOrderByWithRelationInput[]
    cursor?: AuthorWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AuthorScalarFieldEnum | AuthorScalarFieldEnum[]
  }

  export type AuthorFindManyArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where?: AuthorWhereInput
    orderBy?: AuthorOrderByWithRelationInput | AuthorOrderByWithRelationInput[]
    cursor?: AuthorWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AuthorScalarFieldEnum | AuthorScalarFieldEnum[]
  }

  export type AuthorCreateArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    data: XOR<AuthorCreateInput, AuthorUncheckedCreateInput>
  }

  export type AuthorCreateManyArgs = {
    data: AuthorCreateManyInput | AuthorCreateManyInput[]
  }

  export type AuthorCreateManyAndReturnArgs = {
    select?: AuthorSelectCreateManyAndReturn | null
    omit?: AuthorOmit | null
    data: AuthorCreateManyInput | AuthorCreateManyInput[]
  }

  export type AuthorUpdateArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    data: XOR<AuthorUpdateInput, AuthorUncheckedUpdateInput>
    where: AuthorWhereUniqueInput
  }

  export type AuthorUpdateManyArgs = {
    data: XOR<AuthorUpdateManyMutationInput, AuthorUncheckedUpdateManyInput>
    where?: AuthorWhereInput
    limit?: number
  }

  export type AuthorUpdateManyAndReturnArgs = {
    select?: AuthorSelectUpdateManyAndReturn | null
    omit?: AuthorOmit | null
    data: XOR<AuthorUpdateManyMutationInput, AuthorUncheckedUpdateManyInput>
    where?: AuthorWhereInput
    limit?: number
  }

  export type AuthorUpsertArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where: AuthorWhereUniqueInput
    create: XOR<AuthorCreateInput, AuthorUncheckedCreateInput>
    update: XOR<AuthorUpdateInput, AuthorUncheckedUpdateInput>
  }

  export type AuthorDeleteArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where: AuthorWhereUniqueInput
  }

  export type AuthorDeleteManyArgs = {
    where?: AuthorWhereInput
    limit?: number
  }

  export type AuthorCountArgs = Omit<AuthorFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: AuthorCountAggregateInputType | true
  }

  export type Author$booksArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where?: BookWhereInput
    orderBy?: BookOrderByWithRelationInput | BookOrderByWithRelationInput[]
    cursor?: BookWhereUniqueInput
    take?: number
    skip?: number
    distinct?: BookScalarFieldEnum | BookScalarFieldEnum[]
  }

  export type AuthorDefaultArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
  }

  export interface AuthorDelegate {
    findUnique(args: AuthorFindUniqueArgs): PrismaPromise<Author | null>
    findUniqueOrThrow(args: AuthorFindUniqueOrThrowArgs): PrismaPromise<Author>
    findFirst(args?: AuthorFindFirstArgs): PrismaPromise<Author | null>
    findFirstOrThrow(args?: AuthorFindFirstOrThrowArgs): PrismaPromise<Author>
    findMany(args?: AuthorFindManyArgs): PrismaPromise<Author[]>
    create(args: AuthorCreateArgs): PrismaPromise<Author>
    createMany(args?: AuthorCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: AuthorCreateManyAndReturnArgs): PrismaPromise<Author[]>
    delete(args: AuthorDeleteArgs): PrismaPromise<Author>
    update(args: AuthorUpdateArgs): PrismaPromise<Author>
    deleteMany(args?: AuthorDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: AuthorUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: AuthorUpdateManyAndReturnArgs): PrismaPromise<Author[]>
    upsert(args: AuthorUpsertArgs): PrismaPromise<Author>
    count(args?: AuthorCountArgs): PrismaPromise<number>
    aggregate(args: AuthorAggregateArgs): PrismaPromise<AggregateAuthor>
    groupBy(args: AuthorGroupByArgs): PrismaPromise<AuthorGroupByOutputType[]>
  }


  /**
   * Model Book
   */

  export type AggregateBook = {
    _count: BookCountAggregateOutputType | null
    _avg: BookAvgAggregateOutputType | null
    _sum: BookSumAggregateOutputType | null
    _min: BookMinAggregateOutputType | null
    _max: BookMaxAggregateOutputType | null
  }

  export type BookAvgAggregateOutputType = {
    id: number | null
    authorId: number | null
  }

  export type BookSumAggregateOutputType = {
    id: number | null
    authorId: number | null
  }

  export type BookMinAggregateOutputType = {
    id: number | null
    title: string | null
    authorId: number | null
  }

  export type BookMaxAggregateOutputType = {
    id: number | null
    title: string | null
    authorId: number | null
  }

  export type BookCountAggregateOutputType = {
    id: number
    title: number
    authorId: number
    _all: number
  }

  export type BookCountAggregateInputType = {
    id?: true
    title?: true
    authorId?: true
    _all?: true
  }

  export type BookAvgAggregateInputType = {
    id?: true
    authorId?: true
  }

  export type BookSumAggregateInputType = {
    id?: true
    authorId?: true
  }

  export type BookMinAggregateInputType = {
    id?: true
    title?: true
    authorId?: true
  }

  export type BookMaxAggregateInputType = {
    id?: true
    title?: true
    authorId?: true
  }

  export type BookAggregateArgs = {
    where?: BookWhereInput
    orderBy?: BookOrderByWithRelationInput | BookOrderByWithRelationInput[]
    cursor?: BookWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | BookCountAggregateInputType
    _avg?: BookAvgAggregateInputType
    _sum?: BookSumAggregateInputType
    _min?: BookMinAggregateInputType
    _max?: BookMaxAggregateInputType
  }

  export type BookGroupByArgs = {
    where?: BookWhereInput
    orderBy?: BookOrderByWithAggregationInput | BookOrderByWithAggregationInput[]
    by: BookScalarFieldEnum[] | BookScalarFieldEnum
    having?: BookScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: BookCountAggregateInputType | true
    _avg?: BookAvgAggregateInputType
    _sum?: BookSumAggregateInputType
    _min?: BookMinAggregateInputType
    _max?: BookMaxAggregateInputType
  }

  export type BookGroupByOutputType = {
    id: number
    title: string
    authorId: number | null
    _count: BookCountAggregateOutputType | null
    _avg: BookAvgAggregateOutputType | null
    _sum: BookSumAggregateOutputType | null
    _min: BookMinAggregateOutputType | null
    _max: BookMaxAggregateOutputType | null
  }

  export type BookSelect = {
    id?: boolean
    title?: boolean
    authorId?: boolean
    author?: boolean | Book$authorArgs
  }

  export type BookSelectCreateManyAndReturn = {
    id?: boolean
    title?: boolean
    authorId?: boolean
    author?: boolean | Book$authorArgs
  }

  export type BookSelectUpdateManyAndReturn = {
    id?: boolean
    title?: boolean
    authorId?: boolean
    author?: boolean | Book$authorArgs
  }

  export type BookOmit = {
    id?: boolean
    title?: boolean
    authorId?: boolean
  }

  export type BookInclude = {
    author?: boolean | Book$authorArgs
  }

  export type BookIncludeCreateManyAndReturn = {
    author?: boolean | Book$authorArgs
  }

  export type BookIncludeUpdateManyAndReturn = {
    author?: boolean | Book$authorArgs
  }

  export type BookFindUniqueArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where: BookWhereUniqueInput
  }

  export type BookFindUniqueOrThrowArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where: BookWhereUniqueInput
  }

  export type BookFindFirstArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where?: BookWhereInput
    orderBy?: BookOrderByWithRelationInput | BookOrderByWithRelationInput[]
    cursor?: BookWhereUniqueInput
    take?: number
    skip?: number
    distinct?: BookScalarFieldEnum | BookScalarFieldEnum[]
  }

  export type BookFindFirstOrThrowArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where?: BookWhereInput
    orderBy?: BookOrderByWithRelationInput | BookOrderByWithRelationInput[]
    cursor?: BookWhereUniqueInput
    take?: number
    skip?: number
    distinct?: BookScalarFieldEnum | BookScalarFieldEnum[]
  }

  export type BookFindManyArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where?: BookWhereInput
    orderBy?: BookOrderByWithRelationInput | BookOrderByWithRelationInput[]
    cursor?: BookWhereUniqueInput
    take?: number
    skip?: number
    distinct?: BookScalarFieldEnum | BookScalarFieldEnum[]
  }

  export type BookCreateArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    data: XOR<BookCreateInput, BookUncheckedCreateInput>
  }

  export type BookCreateManyArgs = {
    data: BookCreateManyInput | BookCreateManyInput[]
  }

  export type BookCreateManyAndReturnArgs = {
    select?: BookSelectCreateManyAndReturn | null
    omit?: BookOmit | null
    data: BookCreateManyInput | BookCreateManyInput[]
    include?: BookIncludeCreateManyAndReturn | null
  }

  export type BookUpdateArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    data: XOR<BookUpdateInput, BookUncheckedUpdateInput>
    where: BookWhereUniqueInput
  }

  export type BookUpdateManyArgs = {
    data: XOR<BookUpdateManyMutationInput, BookUncheckedUpdateManyInput>
    where?: BookWhereInput
    limit?: number
  }

  export type BookUpdateManyAndReturnArgs = {
    select?: BookSelectUpdateManyAndReturn | null
    omit?: BookOmit | null
    data: XOR<BookUpdateManyMutationInput, BookUncheckedUpdateManyInput>
    where?: BookWhereInput
    limit?: number
    include?: BookIncludeUpdateManyAndReturn | null
  }

  export type BookUpsertArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where: BookWhereUniqueInput
    create: XOR<BookCreateInput, BookUncheckedCreateInput>
    update: XOR<BookUpdateInput, BookUncheckedUpdateInput>
  }

  export type BookDeleteArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
    where: BookWhereUniqueInput
  }

  export type BookDeleteManyArgs = {
    where?: BookWhereInput
    limit?: number
  }

  export type BookCountArgs = Omit<BookFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: BookCountAggregateInputType | true
  }

  export type Book$authorArgs = {
    select?: AuthorSelect | null
    omit?: AuthorOmit | null
    include?: AuthorInclude | null
    where?: AuthorWhereInput
  }

  export type BookDefaultArgs = {
    select?: BookSelect | null
    omit?: BookOmit | null
    include?: BookInclude | null
  }

  export interface BookDelegate {
    findUnique(args: BookFindUniqueArgs): PrismaPromise<Book | null>
    findUniqueOrThrow(args: BookFindUniqueOrThrowArgs): PrismaPromise<Book>
    findFirst(args?: BookFindFirstArgs): PrismaPromise<Book | null>
    findFirstOrThrow(args?: BookFindFirstOrThrowArgs): PrismaPromise<Book>
    findMany(args?: BookFindManyArgs): PrismaPromise<Book[]>
    create(args: BookCreateArgs): PrismaPromise<Book>
    createMany(args?: BookCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: BookCreateManyAndReturnArgs): PrismaPromise<Book[]>
    delete(args: BookDeleteArgs): PrismaPromise<Book>
    update(args: BookUpdateArgs): PrismaPromise<Book>
    deleteMany(args?: BookDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: BookUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: BookUpdateManyAndReturnArgs): PrismaPromise<Book[]>
    upsert(args: BookUpsertArgs): PrismaPromise<Book>
    count(args?: BookCountArgs): PrismaPromise<number>
    aggregate(args: BookAggregateArgs): PrismaPromise<AggregateBook>
    groupBy(args: BookGroupByArgs): PrismaPromise<BookGroupByOutputType[]>
  }

  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]

  export const AuthorScalarFieldEnum: {
    id: 'id',
    name: 'name'
  };

  export type AuthorScalarFieldEnum = (typeof AuthorScalarFieldEnum)[keyof typeof AuthorScalarFieldEnum]

  export const BookScalarFieldEnum: {
    id: 'id',
    title: 'title',
    authorId: 'authorId'
  };

  export type BookScalarFieldEnum = (typeof BookScalarFieldEnum)[keyof typeof BookScalarFieldEnum]

  export const SortOrder: {
    asc: 'asc',
    desc: 'desc'
  };

  export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder]

  export const NullsOrder: {
    first: 'first',
    last: 'last'
  };

  export type NullsOrder = (typeof NullsOrder)[keyof typeof NullsOrder]

  /**
   * Field references
   */

  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>

  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>

  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>

  /**
   * Deep Input Types
   */

  export type AuthorWhereInput = {
    AND?: AuthorWhereInput | AuthorWhereInput[]
    OR?: AuthorWhereInput[]
    NOT?: AuthorWhereInput | AuthorWhereInput[]
    id?: IntFilter<"Author"> | number
    name?: StringFilter<"Author"> | string
    books?: BookListRelationFilter
  }

  export type AuthorOrderByWithRelationInput = {
    id?: SortOrder
    name?: SortOrder
    books?: BookOrderByRelationAggregateInput
  }

  export type AuthorWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    AND?: AuthorWhereInput | AuthorWhereInput[]
    OR?: AuthorWhereInput[]
    NOT?: AuthorWhereInput | AuthorWhereInput[]
    name?: StringFilter<"Author"> | string
    books?: BookListRelationFilter
  }, "id">

  export type AuthorOrderByWithAggregationInput = {
    id?: SortOrder
    name?: SortOrder
    _count?: AuthorCountOrderByAggregateInput
    _avg?: AuthorAvgOrderByAggregateInput
    _max?: AuthorMaxOrderByAggregateInput
    _min?: AuthorMinOrderByAggregateInput
    _sum?: AuthorSumOrderByAggregateInput
  }

  export type AuthorScalarWhereWithAggregatesInput = {
    AND?: AuthorScalarWhereWithAggregatesInput | AuthorScalarWhereWithAggregatesInput[]
    OR?: AuthorScalarWhereWithAggregatesInput[]
    NOT?: AuthorScalarWhereWithAggregatesInput | AuthorScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"Author"> | number
    name?: StringWithAggregatesFilter<"Author"> | string
  }

  export type BookWhereInput = {
    AND?: BookWhereInput | BookWhereInput[]
    OR?: BookWhereInput[]
    NOT?: BookWhereInput | BookWhereInput[]
    id?: IntFilter<"Book"> | number
    title?: StringFilter<"Book"> | string
    authorId?: IntNullableFilter<"Book"> | number | null
    author?: XOR<AuthorNullableScalarRelationFilter, AuthorWhereInput> | null
  }

  export type BookOrderByWithRelationInput = {
    id?: SortOrder
    title?: SortOrder
    authorId?: SortOrderInput | SortOrder
    author?: AuthorOrderByWithRelationInput
  }

  export type BookWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    AND?: BookWhereInput | BookWhereInput[]
    OR?: BookWhereInput[]
    NOT?: BookWhereInput | BookWhereInput[]
    title?: StringFilter<"Book"> | string
    authorId?: IntNullableFilter<"Book"> | number | null
    author?: XOR<AuthorNullableScalarRelationFilter, AuthorWhereInput> | null
  }, "id">

  export type BookOrderByWithAggregationInput = {
    id?: SortOrder
    title?: SortOrder
    authorId?: SortOrderInput | SortOrder
    _count?: BookCountOrderByAggregateInput
    _avg?: BookAvgOrderByAggregateInput
    _max?: BookMaxOrderByAggregateInput
    _min?: BookMinOrderByAggregateInput
    _sum?: BookSumOrderByAggregateInput
  }

  export type BookScalarWhereWithAggregatesInput = {
    AND?: BookScalarWhereWithAggregatesInput | BookScalarWhereWithAggregatesInput[]
    OR?: BookScalarWhereWithAggregatesInput[]
    NOT?: BookScalarWhereWithAggregatesInput | BookScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"Book"> | number
    title?: StringWithAggregatesFilter<"Book"> | string
    authorId?: IntNullableWithAggregatesFilter<"Book"> | number | null
  }

  export type AuthorCreateInput = {
    name: string
    books?: BookCreateNestedManyWithoutAuthorInput
  }

  export type AuthorUncheckedCreateInput = {
    id?: number
    name: string
    books?: BookUncheckedCreateNestedManyWithoutAuthorInput
  }

  export type AuthorUpdateInput = {
    name?: StringFieldUpdateOperationsInput | string
    books?: BookUpdateManyWithoutAuthorNestedInput
  }

  export type AuthorUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    books?: BookUncheckedUpdateManyWithoutAuthorNestedInput
  }

  export type AuthorCreateManyInput = {
    id?: number
    name: string
  }

  export type AuthorUpdateManyMutationInput = {
    name?: StringFieldUpdateOperationsInput | string
  }

  export type AuthorUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
  }

  export type BookCreateInput = {
    title: string
    author?: AuthorCreateNestedOneWithoutBooksInput
  }

  export type BookUncheckedCreateInput = {
    id?: number
    title: string
    authorId?: number | null
  }

  export type BookUpdateInput = {
    title?: StringFieldUpdateOperationsInput | string
    author?: AuthorUpdateOneWithoutBooksNestedInput
  }

  export type BookUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    title?: StringFieldUpdateOperationsInput | string
    authorId?: NullableIntFieldUpdateOperationsInput | number | null
  }

  export type BookCreateManyInput = {
    id?: number
    title: string
    authorId?: number | null
  }

  export type BookUpdateManyMutationInput = {
    title?: StringFieldUpdateOperationsInput | string
  }

  export type BookUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    title?: StringFieldUpdateOperationsInput | string
    authorId?: NullableIntFieldUpdateOperationsInput | number | null
  }

  export type IntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type StringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type BookListRelationFilter = {
    every?: BookWhereInput
    some?: BookWhereInput
    none?: BookWhereInput
  }

  export type BookOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type AuthorCountOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
  }

  export type AuthorAvgOrderByAggregateInput = {
    id?: SortOrder
  }

  export type AuthorMaxOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
  }

  export type AuthorMinOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
  }

  export type AuthorSumOrderByAggregateInput = {
    id?: SortOrder
  }

  export type IntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type StringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type IntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type AuthorNullableScalarRelationFilter = {
    is?: AuthorWhereInput | null
    isNot?: AuthorWhereInput | null
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type BookCountOrderByAggregateInput = {
    id?: SortOrder
    title?: SortOrder
    authorId?: SortOrder
  }

  export type BookAvgOrderByAggregateInput = {
    id?: SortOrder
    authorId?: SortOrder
  }

  export type BookMaxOrderByAggregateInput = {
    id?: SortOrder
    title?: SortOrder
    authorId?: SortOrder
  }

  export type BookMinOrderByAggregateInput = {
    id?: SortOrder
    title?: SortOrder
    authorId?: SortOrder
  }

  export type BookSumOrderByAggregateInput = {
    id?: SortOrder
    authorId?: SortOrder
  }

  export type IntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedIntNullableFilter<$PrismaModel>
    _max?: NestedIntNullableFilter<$PrismaModel>
  }

  export type BookCreateNestedManyWithoutAuthorInput = {
    create?: XOR<BookCreateWithoutAuthorInput, BookUncheckedCreateWithoutAuthorInput> | BookCreateWithoutAuthorInput[] | BookUncheckedCreateWithoutAuthorInput[]
    connectOrCreate?: BookCreateOrConnectWithoutAuthorInput | BookCreateOrConnectWithoutAuthorInput[]
    createMany?: BookCreateManyAuthorInputEnvelope
    connect?: BookWhereUniqueInput | BookWhereUniqueInput[]
  }

  export type BookUncheckedCreateNestedManyWithoutAuthorInput = {
    create?: XOR<BookCreateWithoutAuthorInput, BookUncheckedCreateWithoutAuthorInput> | BookCreateWithoutAuthorInput[] | BookUncheckedCreateWithoutAuthorInput[]
    connectOrCreate?: BookCreateOrConnectWithoutAuthorInput | BookCreateOrConnectWithoutAuthorInput[]
    createMany?: BookCreateManyAuthorInputEnvelope
    connect?: BookWhereUniqueInput | BookWhereUniqueInput[]
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type BookUpdateManyWithoutAuthorNestedInput = {
    create?: XOR<BookCreateWithoutAuthorInput, BookUncheckedCreateWithoutAuthorInput> | BookCreateWithoutAuthorInput[] | BookUncheckedCreateWithoutAuthorInput[]
    connectOrCreate?: BookCreateOrConnectWithoutAuthorInput | BookCreateOrConnectWithoutAuthorInput[]
    upsert?: BookUpsertWithWhereUniqueWithoutAuthorInput | BookUpsertWithWhereUniqueWithoutAuthorInput[]
    createMany?: BookCreateManyAuthorInputEnvelope
    set?: BookWhereUniqueInput | BookWhereUniqueInput[]
    disconnect?: BookWhereUniqueInput | BookWhereUniqueInput[]
    delete?: BookWhereUniqueInput | BookWhereUniqueInput[]
    connect?: BookWhereUniqueInput | BookWhereUniqueInput[]
    update?: BookUpdateWithWhereUniqueWithoutAuthorInput | BookUpdateWithWhereUniqueWithoutAuthorInput[]
    updateMany?: BookUpdateManyWithWhereWithoutAuthorInput | BookUpdateManyWithWhereWithoutAuthorInput[]
    deleteMany?: BookScalarWhereInput | BookScalarWhereInput[]
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type BookUncheckedUpdateManyWithoutAuthorNestedInput = {
    create?: XOR<BookCreateWithoutAuthorInput, BookUncheckedCreateWithoutAuthorInput> | BookCreateWithoutAuthorInput[] | BookUncheckedCreateWithoutAuthorInput[]
    connectOrCreate?: BookCreateOrConnectWithoutAuthorInput | BookCreateOrConnectWithoutAuthorInput[]
    upsert?: BookUpsertWithWhereUniqueWithoutAuthorInput | BookUpsertWithWhereUniqueWithoutAuthorInput[]
    createMany?: BookCreateManyAuthorInputEnvelope
    set?: BookWhereUniqueInput | BookWhereUniqueInput[]
    disconnect?: BookWhereUniqueInput | BookWhereUniqueInput[]
    delete?: BookWhereUniqueInput | BookWhereUniqueInput[]
    connect?: BookWhereUniqueInput | BookWhereUniqueInput[]
    update?: BookUpdateWithWhereUniqueWithoutAuthorInput | BookUpdateWithWhereUniqueWithoutAuthorInput[]
    updateMany?: BookUpdateManyWithWhereWithoutAuthorInput | BookUpdateManyWithWhereWithoutAuthorInput[]
    deleteMany?: BookScalarWhereInput | BookScalarWhereInput[]
  }

  export type AuthorCreateNestedOneWithoutBooksInput = {
    create?: XOR<AuthorCreateWithoutBooksInput, AuthorUncheckedCreateWithoutBooksInput>
    connectOrCreate?: AuthorCreateOrConnectWithoutBooksInput
    connect?: AuthorWhereUniqueInput
  }

  export type AuthorUpdateOneWithoutBooksNestedInput = {
    create?: XOR<AuthorCreateWithoutBooksInput, AuthorUncheckedCreateWithoutBooksInput>
    connectOrCreate?: AuthorCreateOrConnectWithoutBooksInput
    upsert?: AuthorUpsertWithoutBooksInput
    disconnect?: AuthorWhereInput | boolean
    delete?: AuthorWhereInput | boolean
    connect?: AuthorWhereUniqueInput
    update?: XOR<XOR<AuthorUpdateToOneWithWhereWithoutBooksInput, AuthorUpdateWithoutBooksInput>, AuthorUncheckedUpdateWithoutBooksInput>
  }

  export type NullableIntFieldUpdateOperationsInput = {
    set?: number | null
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type NestedIntFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntFilter<$PrismaModel> | number
  }

  export type NestedStringFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringFilter<$PrismaModel> | string
  }

  export type NestedIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedIntFilter<$PrismaModel>
    _min?: NestedIntFilter<$PrismaModel>
    _max?: NestedIntFilter<$PrismaModel>
  }

  export type NestedFloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }

  export type NestedStringWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel>
    in?: string[]
    notIn?: string[]
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringWithAggregatesFilter<$PrismaModel> | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedStringFilter<$PrismaModel>
    _max?: NestedStringFilter<$PrismaModel>
  }

  export type NestedIntNullableFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableFilter<$PrismaModel> | number | null
  }

  export type NestedIntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | IntFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | IntFieldRefInput<$PrismaModel>
    lte?: number | IntFieldRefInput<$PrismaModel>
    gt?: number | IntFieldRefInput<$PrismaModel>
    gte?: number | IntFieldRefInput<$PrismaModel>
    not?: NestedIntNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedIntNullableFilter<$PrismaModel>
    _max?: NestedIntNullableFilter<$PrismaModel>
  }

  export type NestedFloatNullableFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableFilter<$PrismaModel> | number | null
  }

  export type BookCreateWithoutAuthorInput = {
    title: string
  }

  export type BookUncheckedCreateWithoutAuthorInput = {
    id?: number
    title: string
  }

  export type BookCreateOrConnectWithoutAuthorInput = {
    where: BookWhereUniqueInput
    create: XOR<BookCreateWithoutAuthorInput, BookUncheckedCreateWithoutAuthorInput>
  }

  export type BookCreateManyAuthorInputEnvelope = {
    data: BookCreateManyAuthorInput | BookCreateManyAuthorInput[]
  }

  export type BookUpsertWithWhereUniqueWithoutAuthorInput = {
    where: BookWhereUniqueInput
    update: XOR<BookUpdateWithoutAuthorInput, BookUncheckedUpdateWithoutAuthorInput>
    create: XOR<BookCreateWithoutAuthorInput, BookUncheckedCreateWithoutAuthorInput>
  }

  export type BookUpdateWithWhereUniqueWithoutAuthorInput = {
    where: BookWhereUniqueInput
    data: XOR<BookUpdateWithoutAuthorInput, BookUncheckedUpdateWithoutAuthorInput>
  }

  export type BookUpdateManyWithWhereWithoutAuthorInput = {
    where: BookScalarWhereInput
    data: XOR<BookUpdateManyMutationInput, BookUncheckedUpdateManyWithoutAuthorInput>
  }

  export type BookScalarWhereInput = {
    AND?: BookScalarWhereInput | BookScalarWhereInput[]
    OR?: BookScalarWhereInput[]
    NOT?: BookScalarWhereInput | BookScalarWhereInput[]
    id?: IntFilter<"Book"> | number
    title?: StringFilter<"Book"> | string
    authorId?: IntNullableFilter<"Book"> | number | null
  }

  export type AuthorCreateWithoutBooksInput = {
    name: string
  }

  export type AuthorUncheckedCreateWithoutBooksInput = {
    id?: number
    name: string
  }

  export type AuthorCreateOrConnectWithoutBooksInput = {
    where: AuthorWhereUniqueInput
    create: XOR<AuthorCreateWithoutBooksInput, AuthorUncheckedCreateWithoutBooksInput>
  }

  export type AuthorUpsertWithoutBooksInput = {
    update: XOR<AuthorUpdateWithoutBooksInput, AuthorUncheckedUpdateWithoutBooksInput>
    create: XOR<AuthorCreateWithoutBooksInput, AuthorUncheckedCreateWithoutBooksInput>
    where?: AuthorWhereInput
  }

  export type AuthorUpdateToOneWithWhereWithoutBooksInput = {
    where?: AuthorWhereInput
    data: XOR<AuthorUpdateWithoutBooksInput, AuthorUncheckedUpdateWithoutBooksInput>
  }

  export type AuthorUpdateWithoutBooksInput = {
    name?: StringFieldUpdateOperationsInput | string
  }

  export type AuthorUncheckedUpdateWithoutBooksInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
  }

  export type BookCreateManyAuthorInput = {
    id?: number
    title: string
  }

  export type BookUpdateWithoutAuthorInput = {
    title?: StringFieldUpdateOperationsInput | string
  }

  export type BookUncheckedUpdateWithoutAuthorInput = {
    id?: IntFieldUpdateOperationsInput | number
    title?: StringFieldUpdateOperationsInput | string
  }

  export type BookUncheckedUpdateManyWithoutAuthorInput = {
    id?: IntFieldUpdateOperationsInput | number
    title?: StringFieldUpdateOperationsInput | string
  }

  export type BatchPayload = {
    count: number
  }
}
