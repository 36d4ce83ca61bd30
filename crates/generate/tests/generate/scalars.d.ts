/**
 * Prisma Client (v6.19.3): the TypeScript declarations of this schema, by Seedbed.
 * Type names and input shapes are Prisma's; results are the model types (Prisma
 * computes them from `select`/`include`), and the runtime helpers are declared below.
 */

export type PrismaPromise<T> = Prisma.PrismaPromise<T>

/**
 * Model Everything
 */
export type Everything = {
  id: string
  int: number
  optInt: number | null
  bigInt: bigint
  optBigInt: bigint | null
  float: number
  optFloat: number | null
  decimal: Prisma.Decimal
  optDec: Prisma.Decimal | null
  bool: boolean
  optBool: boolean | null
  date: Date
  optDate: Date | null
  json: Prisma.JsonValue
  optJson: Prisma.JsonValue | null
  bytes: Prisma.Bytes
  optBytes: Prisma.Bytes | null
  text: string
  optText: string | null
  updatedAt: Date
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
   * `prisma.everything`: Exposes CRUD operations for the **Everything** model.
   */
  get everything(): Prisma.EverythingDelegate
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
    Everything: 'Everything'
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
   * Model Everything
   */

  export type AggregateEverything = {
    _count: EverythingCountAggregateOutputType | null
    _avg: EverythingAvgAggregateOutputType | null
    _sum: EverythingSumAggregateOutputType | null
    _min: EverythingMinAggregateOutputType | null
    _max: EverythingMaxAggregateOutputType | null
  }

  export type EverythingAvgAggregateOutputType = {
    int: number | null
    optInt: number | null
    bigInt: number | null
    optBigInt: number | null
    float: number | null
    optFloat: number | null
    decimal: Decimal | null
    optDec: Decimal | null
  }

  export type EverythingSumAggregateOutputType = {
    int: number | null
    optInt: number | null
    bigInt: bigint | null
    optBigInt: bigint | null
    float: number | null
    optFloat: number | null
    decimal: Decimal | null
    optDec: Decimal | null
  }

  export type EverythingMinAggregateOutputType = {
    id: string | null
    int: number | null
    optInt: number | null
    bigInt: bigint | null
    optBigInt: bigint | null
    float: number | null
    optFloat: number | null
    decimal: Decimal | null
    optDec: Decimal | null
    bool: boolean | null
    optBool: boolean | null
    date: Date | null
    optDate: Date | null
    bytes: Bytes | null
    optBytes: Bytes | null
    text: string | null
    optText: string | null
    updatedAt: Date | null
  }

  export type EverythingMaxAggregateOutputType = {
    id: string | null
    int: number | null
    optInt: number | null
    bigInt: bigint | null
    optBigInt: bigint | null
    float: number | null
    optFloat: number | null
    decimal: Decimal | null
    optDec: Decimal | null
    bool: boolean | null
    optBool: boolean | null
    date: Date | null
    optDate: Date | null
    bytes: Bytes | null
    optBytes: Bytes | null
    text: string | null
    optText: string | null
    updatedAt: Date | null
  }

  export type EverythingCountAggregateOutputType = {
    id: number
    int: number
    optInt: number
    bigInt: number
    optBigInt: number
    float: number
    optFloat: number
    decimal: number
    optDec: number
    bool: number
    optBool: number
    date: number
    optDate: number
    json: number
    optJson: number
    bytes: number
    optBytes: number
    text: number
    optText: number
    updatedAt: number
    _all: number
  }

  export type EverythingCountAggregateInputType = {
    id?: true
    int?: true
    optInt?: true
    bigInt?: true
    optBigInt?: true
    float?: true
    optFloat?: true
    decimal?: true
    optDec?: true
    bool?: true
    optBool?: true
    date?: true
    optDate?: true
    json?: true
    optJson?: true
    bytes?: true
    optBytes?: true
    text?: true
    optText?: true
    updatedAt?: true
    _all?: true
  }

  export type EverythingAvgAggregateInputType = {
    int?: true
    optInt?: true
    bigInt?: true
    optBigInt?: true
    float?: true
    optFloat?: true
    decimal?: true
    optDec?: true
  }

  export type EverythingSumAggregateInputType = {
    int?: true
    optInt?: true
    bigInt?: true
    optBigInt?: true
    float?: true
    optFloat?: true
    decimal?: true
    optDec?: true
  }

  export type EverythingMinAggregateInputType = {
    id?: true
    int?: true
    optInt?: true
    bigInt?: true
    optBigInt?: true
    float?: true
    optFloat?: true
    decimal?: true
    optDec?: true
    bool?: true
    optBool?: true
    date?: true
    optDate?: true
    bytes?: true
    optBytes?: true
    text?: true
    optText?: true
    updatedAt?: true
  }

  export type EverythingMaxAggregateInputType = {
    id?: true
    int?: true
    optInt?: true
    bigInt?: true
    optBigInt?: true
    float?: true
    optFloat?: true
    decimal?: true
    optDec?: true
    bool?: true
    optBool?: true
    date?: true
    optDate?: true
    bytes?: true
    optBytes?: true
    text?: true
    optText?: true
    updatedAt?: true
  }

  export type EverythingAggregateArgs = {
    where?: EverythingWhereInput
    orderBy?: EverythingOrderByWithRelationInput | EverythingOrderByWithRelationInput[]
    cursor?: EverythingWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | EverythingCountAggregateInputType
    _avg?: EverythingAvgAggregateInputType
    _sum?: EverythingSumAggregateInputType
    _min?: EverythingMinAggregateInputType
    _max?: EverythingMaxAggregateInputType
  }

  export type EverythingGroupByArgs = {
    where?: EverythingWhereInput
    orderBy?: EverythingOrderByWithAggregationInput | EverythingOrderByWithAggregationInput[]
    by: EverythingScalarFieldEnum[] | EverythingScalarFieldEnum
    having?: EverythingScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: EverythingCountAggregateInputType | true
    _avg?: EverythingAvgAggregateInputType
    _sum?: EverythingSumAggregateInputType
    _min?: EverythingMinAggregateInputType
    _max?: EverythingMaxAggregateInputType
  }

  export type EverythingGroupByOutputType = {
    id: string
    int: number
    optInt: number | null
    bigInt: bigint
    optBigInt: bigint | null
    float: number
    optFloat: number | null
    decimal: Decimal
    optDec: Decimal | null
    bool: boolean
    optBool: boolean | null
    date: Date
    optDate: Date | null
    json: JsonValue
    optJson: JsonValue | null
    bytes: Bytes
    optBytes: Bytes | null
    text: string
    optText: string | null
    updatedAt: Date
    _count: EverythingCountAggregateOutputType | null
    _avg: EverythingAvgAggregateOutputType | null
    _sum: EverythingSumAggregateOutputType | null
    _min: EverythingMinAggregateOutputType | null
    _max: EverythingMaxAggregateOutputType | null
  }

  export type EverythingSelect = {
    id?: boolean
    int?: boolean
    optInt?: boolean
    bigInt?: boolean
    optBigInt?: boolean
    float?: boolean
    optFloat?: boolean
    decimal?: boolean
    optDec?: boolean
    bool?: boolean
    optBool?: boolean
    date?: boolean
    optDate?: boolean
    json?: boolean
    optJson?: boolean
    bytes?: boolean
    optBytes?: boolean
    text?: boolean
    optText?: boolean
    updatedAt?: boolean
  }

  export type EverythingSelectCreateManyAndReturn = {
    id?: boolean
    int?: boolean
    optInt?: boolean
    bigInt?: boolean
    optBigInt?: boolean
    float?: boolean
    optFloat?: boolean
    decimal?: boolean
    optDec?: boolean
    bool?: boolean
    optBool?: boolean
    date?: boolean
    optDate?: boolean
    json?: boolean
    optJson?: boolean
    bytes?: boolean
    optBytes?: boolean
    text?: boolean
    optText?: boolean
    updatedAt?: boolean
  }

  export type EverythingSelectUpdateManyAndReturn = {
    id?: boolean
    int?: boolean
    optInt?: boolean
    bigInt?: boolean
    optBigInt?: boolean
    float?: boolean
    optFloat?: boolean
    decimal?: boolean
    optDec?: boolean
    bool?: boolean
    optBool?: boolean
    date?: boolean
    optDate?: boolean
    json?: boolean
    optJson?: boolean
    bytes?: boolean
    optBytes?: boolean
    text?: boolean
    optText?: boolean
    updatedAt?: boolean
  }

  export type EverythingOmit = {
    id?: boolean
    int?: boolean
    optInt?: boolean
    bigInt?: boolean
    optBigInt?: boolean
    float?: boolean
    optFloat?: boolean
    decimal?: boolean
    optDec?: boolean
    bool?: boolean
    optBool?: boolean
    date?: boolean
    optDate?: boolean
    json?: boolean
    optJson?: boolean
    bytes?: boolean
    optBytes?: boolean
    text?: boolean
    optText?: boolean
    updatedAt?: boolean
  }

  export type EverythingFindUniqueArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    where: EverythingWhereUniqueInput
  }

  export type EverythingFindUniqueOrThrowArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    where: EverythingWhereUniqueInput
  }

  export type EverythingFindFirstArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    where?: EverythingWhereInput
    orderBy?: EverythingOrderByWithRelationInput | EverythingOrderByWithRelationInput[]
    cursor?: EverythingWhereUniqueInput
    take?: number
    skip?: number
    distinct?: EverythingScalarFieldEnum | EverythingScalarFieldEnum[]
  }

  export type EverythingFindFirstOrThrowArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    where?: EverythingWhereInput
    orderBy?: EverythingOrderByWithRelationInput | EverythingOrderByWithRelationInput[]
    cursor?: EverythingWhereUniqueInput
    take?: number
    skip?: number
    distinct?: EverythingScalarFieldEnum | EverythingScalarFieldEnum[]
  }

  export type EverythingFindManyArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    where?: EverythingWhereInput
    orderBy?: EverythingOrderByWithRelationInput | EverythingOrderByWithRelationInput[]
    cursor?: EverythingWhereUniqueInput
    take?: number
    skip?: number
    distinct?: EverythingScalarFieldEnum | EverythingScalarFieldEnum[]
  }

  export type EverythingCreateArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    data: XOR<EverythingCreateInput, EverythingUncheckedCreateInput>
  }

  export type EverythingCreateManyArgs = {
    data: EverythingCreateManyInput | EverythingCreateManyInput[]
  }

  export type EverythingCreateManyAndReturnArgs = {
    select?: EverythingSelectCreateManyAndReturn | null
    omit?: EverythingOmit | null
    data: EverythingCreateManyInput | EverythingCreateManyInput[]
  }

  export type EverythingUpdateArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    data: XOR<EverythingUpdateInput, EverythingUncheckedUpdateInput>
    where: EverythingWhereUniqueInput
  }

  export type EverythingUpdateManyArgs = {
    data: XOR<EverythingUpdateManyMutationInput, EverythingUncheckedUpdateManyInput>
    where?: EverythingWhereInput
    limit?: number
  }

  export type EverythingUpdateManyAndReturnArgs = {
    select?: EverythingSelectUpdateManyAndReturn | null
    omit?: EverythingOmit | null
    data: XOR<EverythingUpdateManyMutationInput, EverythingUncheckedUpdateManyInput>
    where?: EverythingWhereInput
    limit?: number
  }

  export type EverythingUpsertArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    where: EverythingWhereUniqueInput
    create: XOR<EverythingCreateInput, EverythingUncheckedCreateInput>
    update: XOR<EverythingUpdateInput, EverythingUncheckedUpdateInput>
  }

  export type EverythingDeleteArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
    where: EverythingWhereUniqueInput
  }

  export type EverythingDeleteManyArgs = {
    where?: EverythingWhereInput
    limit?: number
  }

  export type EverythingCountArgs = Omit<EverythingFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: EverythingCountAggregateInputType | true
  }

  export type EverythingDefaultArgs = {
    select?: EverythingSelect | null
    omit?: EverythingOmit | null
  }

  export interface EverythingDelegate {
    findUnique(args: EverythingFindUniqueArgs): PrismaPromise<Everything | null>
    findUniqueOrThrow(args: EverythingFindUniqueOrThrowArgs): PrismaPromise<Everything>
    findFirst(args?: EverythingFindFirstArgs): PrismaPromise<Everything | null>
    findFirstOrThrow(args?: EverythingFindFirstOrThrowArgs): PrismaPromise<Everything>
    findMany(args?: EverythingFindManyArgs): PrismaPromise<Everything[]>
    create(args: EverythingCreateArgs): PrismaPromise<Everything>
    createMany(args?: EverythingCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: EverythingCreateManyAndReturnArgs): PrismaPromise<Everything[]>
    delete(args: EverythingDeleteArgs): PrismaPromise<Everything>
    update(args: EverythingUpdateArgs): PrismaPromise<Everything>
    deleteMany(args?: EverythingDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: EverythingUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: EverythingUpdateManyAndReturnArgs): PrismaPromise<Everything[]>
    upsert(args: EverythingUpsertArgs): PrismaPromise<Everything>
    count(args?: EverythingCountArgs): PrismaPromise<number>
    aggregate(args: EverythingAggregateArgs): PrismaPromise<AggregateEverything>
    groupBy(args: EverythingGroupByArgs): PrismaPromise<EverythingGroupByOutputType[]>
  }

  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]

  export const EverythingScalarFieldEnum: {
    id: 'id',
    int: 'int',
    optInt: 'optInt',
    bigInt: 'bigInt',
    optBigInt: 'optBigInt',
    float: 'float',
    optFloat: 'optFloat',
    decimal: 'decimal',
    optDec: 'optDec',
    bool: 'bool',
    optBool: 'optBool',
    date: 'date',
    optDate: 'optDate',
    json: 'json',
    optJson: 'optJson',
    bytes: 'bytes',
    optBytes: 'optBytes',
    text: 'text',
    optText: 'optText',
    updatedAt: 'updatedAt'
  };

  export type EverythingScalarFieldEnum = (typeof EverythingScalarFieldEnum)[keyof typeof EverythingScalarFieldEnum]

  export const SortOrder: {
    asc: 'asc',
    desc: 'desc'
  };

  export type SortOrder = (typeof SortOrder)[keyof typeof SortOrder]

  export const JsonNullValueInput: {
    JsonNull: typeof JsonNull
  };

  export type JsonNullValueInput = (typeof JsonNullValueInput)[keyof typeof JsonNullValueInput]

  export const NullableJsonNullValueInput: {
    DbNull: typeof DbNull,
    JsonNull: typeof JsonNull
  };

  export type NullableJsonNullValueInput = (typeof NullableJsonNullValueInput)[keyof typeof NullableJsonNullValueInput]

  export const JsonNullValueFilter: {
    DbNull: typeof DbNull,
    JsonNull: typeof JsonNull,
    AnyNull: typeof AnyNull
  };

  export type JsonNullValueFilter = (typeof JsonNullValueFilter)[keyof typeof JsonNullValueFilter]

  export const QueryMode: {
    default: 'default',
    insensitive: 'insensitive'
  };

  export type QueryMode = (typeof QueryMode)[keyof typeof QueryMode]

  export const NullsOrder: {
    first: 'first',
    last: 'last'
  };

  export type NullsOrder = (typeof NullsOrder)[keyof typeof NullsOrder]

  /**
   * Field references
   */

  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>

  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>

  export type BigIntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'BigInt'>

  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>

  export type DecimalFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Decimal'>

  export type BooleanFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Boolean'>

  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>

  export type JsonFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Json'>

  export type EnumQueryModeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'QueryMode'>

  export type BytesFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Bytes'>

  /**
   * Deep Input Types
   */

  export type EverythingWhereInput = {
    AND?: EverythingWhereInput | EverythingWhereInput[]
    OR?: EverythingWhereInput[]
    NOT?: EverythingWhereInput | EverythingWhereInput[]
    id?: StringFilter<"Everything"> | string
    int?: IntFilter<"Everything"> | number
    optInt?: IntNullableFilter<"Everything"> | number | null
    bigInt?: BigIntFilter<"Everything"> | bigint | number
    optBigInt?: BigIntNullableFilter<"Everything"> | bigint | number | null
    float?: FloatFilter<"Everything"> | number
    optFloat?: FloatNullableFilter<"Everything"> | number | null
    decimal?: DecimalFilter<"Everything"> | Decimal | DecimalJsLike | number | string
    optDec?: DecimalNullableFilter<"Everything"> | Decimal | DecimalJsLike | number | string | null
    bool?: BoolFilter<"Everything"> | boolean
    optBool?: BoolNullableFilter<"Everything"> | boolean | null
    date?: DateTimeFilter<"Everything"> | Date | string
    optDate?: DateTimeNullableFilter<"Everything"> | Date | string | null
    json?: JsonFilter<"Everything">
    optJson?: JsonNullableFilter<"Everything">
    bytes?: BytesFilter<"Everything"> | Bytes
    optBytes?: BytesNullableFilter<"Everything"> | Bytes | null
    text?: StringFilter<"Everything"> | string
    optText?: StringNullableFilter<"Everything"> | string | null
    updatedAt?: DateTimeFilter<"Everything"> | Date | string
  }

  export type EverythingOrderByWithRelationInput = {
    id?: SortOrder
    int?: SortOrder
    optInt?: SortOrderInput | SortOrder
    bigInt?: SortOrder
    optBigInt?: SortOrderInput | SortOrder
    float?: SortOrder
    optFloat?: SortOrderInput | SortOrder
    decimal?: SortOrder
    optDec?: SortOrderInput | SortOrder
    bool?: SortOrder
    optBool?: SortOrderInput | SortOrder
    date?: SortOrder
    optDate?: SortOrderInput | SortOrder
    json?: SortOrder
    optJson?: SortOrderInput | SortOrder
    bytes?: SortOrder
    optBytes?: SortOrderInput | SortOrder
    text?: SortOrder
    optText?: SortOrderInput | SortOrder
    updatedAt?: SortOrder
  }

  export type EverythingWhereUniqueInput = Prisma.AtLeast<{
    id?: string
    AND?: EverythingWhereInput | EverythingWhereInput[]
    OR?: EverythingWhereInput[]
    NOT?: EverythingWhereInput | EverythingWhereInput[]
    int?: IntFilter<"Everything"> | number
    optInt?: IntNullableFilter<"Everything"> | number | null
    bigInt?: BigIntFilter<"Everything"> | bigint | number
    optBigInt?: BigIntNullableFilter<"Everything"> | bigint | number | null
    float?: FloatFilter<"Everything"> | number
    optFloat?: FloatNullableFilter<"Everything"> | number | null
    decimal?: DecimalFilter<"Everything"> | Decimal | DecimalJsLike | number | string
    optDec?: DecimalNullableFilter<"Everything"> | Decimal | DecimalJsLike | number | string | null
    bool?: BoolFilter<"Everything"> | boolean
    optBool?: BoolNullableFilter<"Everything"> | boolean | null
    date?: DateTimeFilter<"Everything"> | Date | string
    optDate?: DateTimeNullableFilter<"Everything"> | Date | string | null
    json?: JsonFilter<"Everything">
    optJson?: JsonNullableFilter<"Everything">
    bytes?: BytesFilter<"Everything"> | Bytes
    optBytes?: BytesNullableFilter<"Everything"> | Bytes | null
    text?: StringFilter<"Everything"> | string
    optText?: StringNullableFilter<"Everything"> | string | null
    updatedAt?: DateTimeFilter<"Everything"> | Date | string
  }, "id">

  export type EverythingOrderByWithAggregationInput = {
    id?: SortOrder
    int?: SortOrder
    optInt?: SortOrderInput | SortOrder
    bigInt?: SortOrder
    optBigInt?: SortOrderInput | SortOrder
    float?: SortOrder
    optFloat?: SortOrderInput | SortOrder
    decimal?: SortOrder
    optDec?: SortOrderInput | SortOrder
    bool?: SortOrder
    optBool?: SortOrderInput | SortOrder
    date?: SortOrder
    optDate?: SortOrderInput | SortOrder
    json?: SortOrder
    optJson?: SortOrderInput | SortOrder
    bytes?: SortOrder
    optBytes?: SortOrderInput | SortOrder
    text?: SortOrder
    optText?: SortOrderInput | SortOrder
    updatedAt?: SortOrder
    _count?: EverythingCountOrderByAggregateInput
    _avg?: EverythingAvgOrderByAggregateInput
    _max?: EverythingMaxOrderByAggregateInput
    _min?: EverythingMinOrderByAggregateInput
    _sum?: EverythingSumOrderByAggregateInput
  }

  export type EverythingScalarWhereWithAggregatesInput = {
    AND?: EverythingScalarWhereWithAggregatesInput | EverythingScalarWhereWithAggregatesInput[]
    OR?: EverythingScalarWhereWithAggregatesInput[]
    NOT?: EverythingScalarWhereWithAggregatesInput | EverythingScalarWhereWithAggregatesInput[]
    id?: StringWithAggregatesFilter<"Everything"> | string
    int?: IntWithAggregatesFilter<"Everything"> | number
    optInt?: IntNullableWithAggregatesFilter<"Everything"> | number | null
    bigInt?: BigIntWithAggregatesFilter<"Everything"> | bigint | number
    optBigInt?: BigIntNullableWithAggregatesFilter<"Everything"> | bigint | number | null
    float?: FloatWithAggregatesFilter<"Everything"> | number
    optFloat?: FloatNullableWithAggregatesFilter<"Everything"> | number | null
    decimal?: DecimalWithAggregatesFilter<"Everything"> | Decimal | DecimalJsLike | number | string
    optDec?: DecimalNullableWithAggregatesFilter<"Everything"> | Decimal | DecimalJsLike | number | string | null
    bool?: BoolWithAggregatesFilter<"Everything"> | boolean
    optBool?: BoolNullableWithAggregatesFilter<"Everything"> | boolean | null
    date?: DateTimeWithAggregatesFilter<"Everything"> | Date | string
    optDate?: DateTimeNullableWithAggregatesFilter<"Everything"> | Date | string | null
    json?: JsonWithAggregatesFilter<"Everything">
    optJson?: JsonNullableWithAggregatesFilter<"Everything">
    bytes?: BytesWithAggregatesFilter<"Everything"> | Bytes
    optBytes?: BytesNullableWithAggregatesFilter<"Everything"> | Bytes | null
    text?: StringWithAggregatesFilter<"Everything"> | string
    optText?: StringNullableWithAggregatesFilter<"Everything"> | string | null
    updatedAt?: DateTimeWithAggregatesFilter<"Everything"> | Date | string
  }

  export type EverythingCreateInput = {
    id?: string
    int: number
    optInt?: number | null
    bigInt: bigint | number
    optBigInt?: bigint | number | null
    float?: number
    optFloat?: number | null
    decimal: Decimal | DecimalJsLike | number | string
    optDec?: Decimal | DecimalJsLike | number | string | null
    bool?: boolean
    optBool?: boolean | null
    date?: Date | string
    optDate?: Date | string | null
    json: JsonNullValueInput | InputJsonValue
    optJson?: NullableJsonNullValueInput | InputJsonValue
    bytes: Bytes
    optBytes?: Bytes | null
    text: string
    optText?: string | null
    updatedAt?: Date | string
  }

  export type EverythingUncheckedCreateInput = {
    id?: string
    int: number
    optInt?: number | null
    bigInt: bigint | number
    optBigInt?: bigint | number | null
    float?: number
    optFloat?: number | null
    decimal: Decimal | DecimalJsLike | number | string
    optDec?: Decimal | DecimalJsLike | number | string | null
    bool?: boolean
    optBool?: boolean | null
    date?: Date | string
    optDate?: Date | string | null
    json: JsonNullValueInput | InputJsonValue
    optJson?: NullableJsonNullValueInput | InputJsonValue
    bytes: Bytes
    optBytes?: Bytes | null
    text: string
    optText?: string | null
    updatedAt?: Date | string
  }

  export type EverythingUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    int?: IntFieldUpdateOperationsInput | number
    optInt?: NullableIntFieldUpdateOperationsInput | number | null
    bigInt?: BigIntFieldUpdateOperationsInput | bigint | number
    optBigInt?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    float?: FloatFieldUpdateOperationsInput | number
    optFloat?: NullableFloatFieldUpdateOperationsInput | number | null
    decimal?: DecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string
    optDec?: NullableDecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string | null
    bool?: BoolFieldUpdateOperationsInput | boolean
    optBool?: NullableBoolFieldUpdateOperationsInput | boolean | null
    date?: DateTimeFieldUpdateOperationsInput | Date | string
    optDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    json?: JsonNullValueInput | InputJsonValue
    optJson?: NullableJsonNullValueInput | InputJsonValue
    bytes?: BytesFieldUpdateOperationsInput | Bytes
    optBytes?: NullableBytesFieldUpdateOperationsInput | Bytes | null
    text?: StringFieldUpdateOperationsInput | string
    optText?: NullableStringFieldUpdateOperationsInput | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type EverythingUncheckedUpdateInput = {
    id?: StringFieldUpdateOperationsInput | string
    int?: IntFieldUpdateOperationsInput | number
    optInt?: NullableIntFieldUpdateOperationsInput | number | null
    bigInt?: BigIntFieldUpdateOperationsInput | bigint | number
    optBigInt?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    float?: FloatFieldUpdateOperationsInput | number
    optFloat?: NullableFloatFieldUpdateOperationsInput | number | null
    decimal?: DecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string
    optDec?: NullableDecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string | null
    bool?: BoolFieldUpdateOperationsInput | boolean
    optBool?: NullableBoolFieldUpdateOperationsInput | boolean | null
    date?: DateTimeFieldUpdateOperationsInput | Date | string
    optDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    json?: JsonNullValueInput | InputJsonValue
    optJson?: NullableJsonNullValueInput | InputJsonValue
    bytes?: BytesFieldUpdateOperationsInput | Bytes
    optBytes?: NullableBytesFieldUpdateOperationsInput | Bytes | null
    text?: StringFieldUpdateOperationsInput | string
    optText?: NullableStringFieldUpdateOperationsInput | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type EverythingCreateManyInput = {
    id?: string
    int: number
    optInt?: number | null
    bigInt: bigint | number
    optBigInt?: bigint | number | null
    float?: number
    optFloat?: number | null
    decimal: Decimal | DecimalJsLike | number | string
    optDec?: Decimal | DecimalJsLike | number | string | null
    bool?: boolean
    optBool?: boolean | null
    date?: Date | string
    optDate?: Date | string | null
    json: JsonNullValueInput | InputJsonValue
    optJson?: NullableJsonNullValueInput | InputJsonValue
    bytes: Bytes
    optBytes?: Bytes | null
    text: string
    optText?: string | null
    updatedAt?: Date | string
  }

  export type EverythingUpdateManyMutationInput = {
    id?: StringFieldUpdateOperationsInput | string
    int?: IntFieldUpdateOperationsInput | number
    optInt?: NullableIntFieldUpdateOperationsInput | number | null
    bigInt?: BigIntFieldUpdateOperationsInput | bigint | number
    optBigInt?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    float?: FloatFieldUpdateOperationsInput | number
    optFloat?: NullableFloatFieldUpdateOperationsInput | number | null
    decimal?: DecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string
    optDec?: NullableDecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string | null
    bool?: BoolFieldUpdateOperationsInput | boolean
    optBool?: NullableBoolFieldUpdateOperationsInput | boolean | null
    date?: DateTimeFieldUpdateOperationsInput | Date | string
    optDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    json?: JsonNullValueInput | InputJsonValue
    optJson?: NullableJsonNullValueInput | InputJsonValue
    bytes?: BytesFieldUpdateOperationsInput | Bytes
    optBytes?: NullableBytesFieldUpdateOperationsInput | Bytes | null
    text?: StringFieldUpdateOperationsInput | string
    optText?: NullableStringFieldUpdateOperationsInput | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type EverythingUncheckedUpdateManyInput = {
    id?: StringFieldUpdateOperationsInput | string
    int?: IntFieldUpdateOperationsInput | number
    optInt?: NullableIntFieldUpdateOperationsInput | number | null
    bigInt?: BigIntFieldUpdateOperationsInput | bigint | number
    optBigInt?: NullableBigIntFieldUpdateOperationsInput | bigint | number | null
    float?: FloatFieldUpdateOperationsInput | number
    optFloat?: NullableFloatFieldUpdateOperationsInput | number | null
    decimal?: DecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string
    optDec?: NullableDecimalFieldUpdateOperationsInput | Decimal | DecimalJsLike | number | string | null
    bool?: BoolFieldUpdateOperationsInput | boolean
    optBool?: NullableBoolFieldUpdateOperationsInput | boolean | null
    date?: DateTimeFieldUpdateOperationsInput | Date | string
    optDate?: NullableDateTimeFieldUpdateOperationsInput | Date | string | null
    json?: JsonNullValueInput | InputJsonValue
    optJson?: NullableJsonNullValueInput | InputJsonValue
    bytes?: BytesFieldUpdateOperationsInput | Bytes
    optBytes?: NullableBytesFieldUpdateOperationsInput | Bytes | null
    text?: StringFieldUpdateOperationsInput | string
    optText?: NullableStringFieldUpdateOperationsInput | string | null
    updatedAt?: DateTimeFieldUpdateOperationsInput | Date | string
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

  export type BigIntFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntFilter<$PrismaModel> | bigint | number
  }

  export type BigIntNullableFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableFilter<$PrismaModel> | bigint | number | null
  }

  export type FloatFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatFilter<$PrismaModel> | number
  }

  export type FloatNullableFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableFilter<$PrismaModel> | number | null
  }

  export type DecimalFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    in?: Decimal[] | DecimalJsLike[] | number[] | string[]
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[]
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string
  }

  export type DecimalNullableFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel> | null
    in?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalNullableFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string | null
  }

  export type BoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type BoolNullableFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel> | null
    not?: NestedBoolNullableFilter<$PrismaModel> | boolean | null
  }

  export type DateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type DateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type JsonFilter<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }

  export type JsonNullableFilter<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }

  export type BytesFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel>
    in?: Bytes[]
    notIn?: Bytes[]
    not?: NestedBytesFilter<$PrismaModel> | Bytes
  }

  export type BytesNullableFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel> | null
    in?: Bytes[] | null
    notIn?: Bytes[] | null
    not?: NestedBytesNullableFilter<$PrismaModel> | Bytes | null
  }

  export type StringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type EverythingCountOrderByAggregateInput = {
    id?: SortOrder
    int?: SortOrder
    optInt?: SortOrder
    bigInt?: SortOrder
    optBigInt?: SortOrder
    float?: SortOrder
    optFloat?: SortOrder
    decimal?: SortOrder
    optDec?: SortOrder
    bool?: SortOrder
    optBool?: SortOrder
    date?: SortOrder
    optDate?: SortOrder
    json?: SortOrder
    optJson?: SortOrder
    bytes?: SortOrder
    optBytes?: SortOrder
    text?: SortOrder
    optText?: SortOrder
    updatedAt?: SortOrder
  }

  export type EverythingAvgOrderByAggregateInput = {
    int?: SortOrder
    optInt?: SortOrder
    bigInt?: SortOrder
    optBigInt?: SortOrder
    float?: SortOrder
    optFloat?: SortOrder
    decimal?: SortOrder
    optDec?: SortOrder
  }

  export type EverythingMaxOrderByAggregateInput = {
    id?: SortOrder
    int?: SortOrder
    optInt?: SortOrder
    bigInt?: SortOrder
    optBigInt?: SortOrder
    float?: SortOrder
    optFloat?: SortOrder
    decimal?: SortOrder
    optDec?: SortOrder
    bool?: SortOrder
    optBool?: SortOrder
    date?: SortOrder
    optDate?: SortOrder
    bytes?: SortOrder
    optBytes?: SortOrder
    text?: SortOrder
    optText?: SortOrder
    updatedAt?: SortOrder
  }

  export type EverythingMinOrderByAggregateInput = {
    id?: SortOrder
    int?: SortOrder
    optInt?: SortOrder
    bigInt?: SortOrder
    optBigInt?: SortOrder
    float?: SortOrder
    optFloat?: SortOrder
    decimal?: SortOrder
    optDec?: SortOrder
    bool?: SortOrder
    optBool?: SortOrder
    date?: SortOrder
    optDate?: SortOrder
    bytes?: SortOrder
    optBytes?: SortOrder
    text?: SortOrder
    optText?: SortOrder
    updatedAt?: SortOrder
  }

  export type EverythingSumOrderByAggregateInput = {
    int?: SortOrder
    optInt?: SortOrder
    bigInt?: SortOrder
    optBigInt?: SortOrder
    float?: SortOrder
    optFloat?: SortOrder
    decimal?: SortOrder
    optDec?: SortOrder
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

  export type BigIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntWithAggregatesFilter<$PrismaModel> | bigint | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedBigIntFilter<$PrismaModel>
    _min?: NestedBigIntFilter<$PrismaModel>
    _max?: NestedBigIntFilter<$PrismaModel>
  }

  export type BigIntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableWithAggregatesFilter<$PrismaModel> | bigint | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedBigIntNullableFilter<$PrismaModel>
    _min?: NestedBigIntNullableFilter<$PrismaModel>
    _max?: NestedBigIntNullableFilter<$PrismaModel>
  }

  export type FloatWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedFloatFilter<$PrismaModel>
    _min?: NestedFloatFilter<$PrismaModel>
    _max?: NestedFloatFilter<$PrismaModel>
  }

  export type FloatNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedFloatNullableFilter<$PrismaModel>
    _min?: NestedFloatNullableFilter<$PrismaModel>
    _max?: NestedFloatNullableFilter<$PrismaModel>
  }

  export type DecimalWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    in?: Decimal[] | DecimalJsLike[] | number[] | string[]
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[]
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalWithAggregatesFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedDecimalFilter<$PrismaModel>
    _sum?: NestedDecimalFilter<$PrismaModel>
    _min?: NestedDecimalFilter<$PrismaModel>
    _max?: NestedDecimalFilter<$PrismaModel>
  }

  export type DecimalNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel> | null
    in?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalNullableWithAggregatesFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedDecimalNullableFilter<$PrismaModel>
    _sum?: NestedDecimalNullableFilter<$PrismaModel>
    _min?: NestedDecimalNullableFilter<$PrismaModel>
    _max?: NestedDecimalNullableFilter<$PrismaModel>
  }

  export type BoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type BoolNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel> | null
    not?: NestedBoolNullableWithAggregatesFilter<$PrismaModel> | boolean | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedBoolNullableFilter<$PrismaModel>
    _max?: NestedBoolNullableFilter<$PrismaModel>
  }

  export type DateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type DateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type JsonWithAggregatesFilter<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedJsonFilter<$PrismaModel>
    _max?: NestedJsonFilter<$PrismaModel>
  }

  export type JsonNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedJsonNullableFilter<$PrismaModel>
    _max?: NestedJsonNullableFilter<$PrismaModel>
  }

  export type BytesWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel>
    in?: Bytes[]
    notIn?: Bytes[]
    not?: NestedBytesWithAggregatesFilter<$PrismaModel> | Bytes
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBytesFilter<$PrismaModel>
    _max?: NestedBytesFilter<$PrismaModel>
  }

  export type BytesNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel> | null
    in?: Bytes[] | null
    notIn?: Bytes[] | null
    not?: NestedBytesNullableWithAggregatesFilter<$PrismaModel> | Bytes | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedBytesNullableFilter<$PrismaModel>
    _max?: NestedBytesNullableFilter<$PrismaModel>
  }

  export type StringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type NullableIntFieldUpdateOperationsInput = {
    set?: number | null
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type BigIntFieldUpdateOperationsInput = {
    set?: bigint | number
    increment?: bigint | number
    decrement?: bigint | number
    multiply?: bigint | number
    divide?: bigint | number
  }

  export type NullableBigIntFieldUpdateOperationsInput = {
    set?: bigint | number | null
    increment?: bigint | number
    decrement?: bigint | number
    multiply?: bigint | number
    divide?: bigint | number
  }

  export type FloatFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type NullableFloatFieldUpdateOperationsInput = {
    set?: number | null
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type DecimalFieldUpdateOperationsInput = {
    set?: Decimal | DecimalJsLike | number | string
    increment?: Decimal | DecimalJsLike | number | string
    decrement?: Decimal | DecimalJsLike | number | string
    multiply?: Decimal | DecimalJsLike | number | string
    divide?: Decimal | DecimalJsLike | number | string
  }

  export type NullableDecimalFieldUpdateOperationsInput = {
    set?: Decimal | DecimalJsLike | number | string | null
    increment?: Decimal | DecimalJsLike | number | string
    decrement?: Decimal | DecimalJsLike | number | string
    multiply?: Decimal | DecimalJsLike | number | string
    divide?: Decimal | DecimalJsLike | number | string
  }

  export type BoolFieldUpdateOperationsInput = {
    set?: boolean
  }

  export type NullableBoolFieldUpdateOperationsInput = {
    set?: boolean | null
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
  }

  export type NullableDateTimeFieldUpdateOperationsInput = {
    set?: Date | string | null
  }

  export type BytesFieldUpdateOperationsInput = {
    set?: Bytes
  }

  export type NullableBytesFieldUpdateOperationsInput = {
    set?: Bytes | null
  }

  export type NullableStringFieldUpdateOperationsInput = {
    set?: string | null
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

  export type NestedBigIntFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntFilter<$PrismaModel> | bigint | number
  }

  export type NestedBigIntNullableFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableFilter<$PrismaModel> | bigint | number | null
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

  export type NestedDecimalFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    in?: Decimal[] | DecimalJsLike[] | number[] | string[]
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[]
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string
  }

  export type NestedDecimalNullableFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel> | null
    in?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalNullableFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string | null
  }

  export type NestedBoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
  }

  export type NestedBoolNullableFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel> | null
    not?: NestedBoolNullableFilter<$PrismaModel> | boolean | null
  }

  export type NestedDateTimeFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeFilter<$PrismaModel> | Date | string
  }

  export type NestedDateTimeNullableFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableFilter<$PrismaModel> | Date | string | null
  }

  export type NestedBytesFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel>
    in?: Bytes[]
    notIn?: Bytes[]
    not?: NestedBytesFilter<$PrismaModel> | Bytes
  }

  export type NestedBytesNullableFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel> | null
    in?: Bytes[] | null
    notIn?: Bytes[] | null
    not?: NestedBytesNullableFilter<$PrismaModel> | Bytes | null
  }

  export type NestedStringNullableFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableFilter<$PrismaModel> | string | null
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

  export type NestedBigIntWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    in?: bigint[] | number[]
    notIn?: bigint[] | number[]
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntWithAggregatesFilter<$PrismaModel> | bigint | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedBigIntFilter<$PrismaModel>
    _min?: NestedBigIntFilter<$PrismaModel>
    _max?: NestedBigIntFilter<$PrismaModel>
  }

  export type NestedBigIntNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: bigint | number | BigIntFieldRefInput<$PrismaModel> | null
    in?: bigint[] | number[] | null
    notIn?: bigint[] | number[] | null
    lt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    lte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gt?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    gte?: bigint | number | BigIntFieldRefInput<$PrismaModel>
    not?: NestedBigIntNullableWithAggregatesFilter<$PrismaModel> | bigint | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedBigIntNullableFilter<$PrismaModel>
    _min?: NestedBigIntNullableFilter<$PrismaModel>
    _max?: NestedBigIntNullableFilter<$PrismaModel>
  }

  export type NestedFloatWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel>
    in?: number[]
    notIn?: number[]
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatWithAggregatesFilter<$PrismaModel> | number
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedFloatFilter<$PrismaModel>
    _sum?: NestedFloatFilter<$PrismaModel>
    _min?: NestedFloatFilter<$PrismaModel>
    _max?: NestedFloatFilter<$PrismaModel>
  }

  export type NestedFloatNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: number | FloatFieldRefInput<$PrismaModel> | null
    in?: number[] | null
    notIn?: number[] | null
    lt?: number | FloatFieldRefInput<$PrismaModel>
    lte?: number | FloatFieldRefInput<$PrismaModel>
    gt?: number | FloatFieldRefInput<$PrismaModel>
    gte?: number | FloatFieldRefInput<$PrismaModel>
    not?: NestedFloatNullableWithAggregatesFilter<$PrismaModel> | number | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedFloatNullableFilter<$PrismaModel>
    _sum?: NestedFloatNullableFilter<$PrismaModel>
    _min?: NestedFloatNullableFilter<$PrismaModel>
    _max?: NestedFloatNullableFilter<$PrismaModel>
  }

  export type NestedDecimalWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    in?: Decimal[] | DecimalJsLike[] | number[] | string[]
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[]
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalWithAggregatesFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string
    _count?: NestedIntFilter<$PrismaModel>
    _avg?: NestedDecimalFilter<$PrismaModel>
    _sum?: NestedDecimalFilter<$PrismaModel>
    _min?: NestedDecimalFilter<$PrismaModel>
    _max?: NestedDecimalFilter<$PrismaModel>
  }

  export type NestedDecimalNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel> | null
    in?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    notIn?: Decimal[] | DecimalJsLike[] | number[] | string[] | null
    lt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    lte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gt?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    gte?: Decimal | DecimalJsLike | number | string | DecimalFieldRefInput<$PrismaModel>
    not?: NestedDecimalNullableWithAggregatesFilter<$PrismaModel> | Decimal | DecimalJsLike | number | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _avg?: NestedDecimalNullableFilter<$PrismaModel>
    _sum?: NestedDecimalNullableFilter<$PrismaModel>
    _min?: NestedDecimalNullableFilter<$PrismaModel>
    _max?: NestedDecimalNullableFilter<$PrismaModel>
  }

  export type NestedBoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
  }

  export type NestedBoolNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel> | null
    not?: NestedBoolNullableWithAggregatesFilter<$PrismaModel> | boolean | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedBoolNullableFilter<$PrismaModel>
    _max?: NestedBoolNullableFilter<$PrismaModel>
  }

  export type NestedDateTimeWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    in?: Date[] | string[]
    notIn?: Date[] | string[]
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeWithAggregatesFilter<$PrismaModel> | Date | string
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedDateTimeFilter<$PrismaModel>
    _max?: NestedDateTimeFilter<$PrismaModel>
  }

  export type NestedDateTimeNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Date | string | DateTimeFieldRefInput<$PrismaModel> | null
    in?: Date[] | string[] | null
    notIn?: Date[] | string[] | null
    lt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    lte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gt?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    gte?: Date | string | DateTimeFieldRefInput<$PrismaModel>
    not?: NestedDateTimeNullableWithAggregatesFilter<$PrismaModel> | Date | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedDateTimeNullableFilter<$PrismaModel>
    _max?: NestedDateTimeNullableFilter<$PrismaModel>
  }

  export type NestedJsonFilter<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }

  export type NestedJsonNullableFilter<$PrismaModel = never> = {
    equals?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
    path?: string
    mode?: QueryMode | EnumQueryModeFieldRefInput<$PrismaModel>
    string_contains?: string | StringFieldRefInput<$PrismaModel>
    string_starts_with?: string | StringFieldRefInput<$PrismaModel>
    string_ends_with?: string | StringFieldRefInput<$PrismaModel>
    array_starts_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    array_ends_with?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | null
    not?: InputJsonValue | JsonFieldRefInput<$PrismaModel> | JsonNullValueFilter
  }

  export type NestedBytesWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel>
    in?: Bytes[]
    notIn?: Bytes[]
    not?: NestedBytesWithAggregatesFilter<$PrismaModel> | Bytes
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBytesFilter<$PrismaModel>
    _max?: NestedBytesFilter<$PrismaModel>
  }

  export type NestedBytesNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: Bytes | BytesFieldRefInput<$PrismaModel> | null
    in?: Bytes[] | null
    notIn?: Bytes[] | null
    not?: NestedBytesNullableWithAggregatesFilter<$PrismaModel> | Bytes | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedBytesNullableFilter<$PrismaModel>
    _max?: NestedBytesNullableFilter<$PrismaModel>
  }

  export type NestedStringNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: string | StringFieldRefInput<$PrismaModel> | null
    in?: string[] | null
    notIn?: string[] | null
    lt?: string | StringFieldRefInput<$PrismaModel>
    lte?: string | StringFieldRefInput<$PrismaModel>
    gt?: string | StringFieldRefInput<$PrismaModel>
    gte?: string | StringFieldRefInput<$PrismaModel>
    contains?: string | StringFieldRefInput<$PrismaModel>
    startsWith?: string | StringFieldRefInput<$PrismaModel>
    endsWith?: string | StringFieldRefInput<$PrismaModel>
    not?: NestedStringNullableWithAggregatesFilter<$PrismaModel> | string | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedStringNullableFilter<$PrismaModel>
    _max?: NestedStringNullableFilter<$PrismaModel>
  }

  export type BatchPayload = {
    count: number
  }
}
