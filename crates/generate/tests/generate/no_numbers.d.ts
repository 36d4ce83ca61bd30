/**
 * Prisma Client (v6.19.3): the TypeScript declarations of this schema, by Seedbed.
 * Type names and input shapes are Prisma's; results are the model types (Prisma
 * computes them from `select`/`include`), and the runtime helpers are declared below.
 */

export type PrismaPromise<T> = Prisma.PrismaPromise<T>

/**
 * Model Note
 * A note, keyed by a text id: no numeric field, so no `_avg`/`_sum`.
 */
export type Note = {
  key: string
  body: string
  pinned: boolean
  written: Date
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
   * `prisma.note`: Exposes CRUD operations for the **Note** model.
   */
  get note(): Prisma.NoteDelegate
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
    Note: 'Note'
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
   * Model Note
   */

  export type AggregateNote = {
    _count: NoteCountAggregateOutputType | null
    _min: NoteMinAggregateOutputType | null
    _max: NoteMaxAggregateOutputType | null
  }

  export type NoteMinAggregateOutputType = {
    key: string | null
    body: string | null
    pinned: boolean | null
    written: Date | null
  }

  export type NoteMaxAggregateOutputType = {
    key: string | null
    body: string | null
    pinned: boolean | null
    written: Date | null
  }

  export type NoteCountAggregateOutputType = {
    key: number
    body: number
    pinned: number
    written: number
    _all: number
  }

  export type NoteCountAggregateInputType = {
    key?: true
    body?: true
    pinned?: true
    written?: true
    _all?: true
  }

  export type NoteMinAggregateInputType = {
    key?: true
    body?: true
    pinned?: true
    written?: true
  }

  export type NoteMaxAggregateInputType = {
    key?: true
    body?: true
    pinned?: true
    written?: true
  }

  export type NoteAggregateArgs = {
    where?: NoteWhereInput
    orderBy?: NoteOrderByWithRelationInput | NoteOrderByWithRelationInput[]
    cursor?: NoteWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | NoteCountAggregateInputType
    _min?: NoteMinAggregateInputType
    _max?: NoteMaxAggregateInputType
  }

  export type NoteGroupByArgs = {
    where?: NoteWhereInput
    orderBy?: NoteOrderByWithAggregationInput | NoteOrderByWithAggregationInput[]
    by: NoteScalarFieldEnum[] | NoteScalarFieldEnum
    having?: NoteScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: NoteCountAggregateInputType | true
    _min?: NoteMinAggregateInputType
    _max?: NoteMaxAggregateInputType
  }

  export type NoteGroupByOutputType = {
    key: string
    body: string
    pinned: boolean
    written: Date
    _count: NoteCountAggregateOutputType | null
    _min: NoteMinAggregateOutputType | null
    _max: NoteMaxAggregateOutputType | null
  }

  export type NoteSelect = {
    key?: boolean
    body?: boolean
    pinned?: boolean
    written?: boolean
  }

  export type NoteSelectCreateManyAndReturn = {
    key?: boolean
    body?: boolean
    pinned?: boolean
    written?: boolean
  }

  export type NoteSelectUpdateManyAndReturn = {
    key?: boolean
    body?: boolean
    pinned?: boolean
    written?: boolean
  }

  export type NoteOmit = {
    key?: boolean
    body?: boolean
    pinned?: boolean
    written?: boolean
  }

  export type NoteFindUniqueArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    where: NoteWhereUniqueInput
  }

  export type NoteFindUniqueOrThrowArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    where: NoteWhereUniqueInput
  }

  export type NoteFindFirstArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    where?: NoteWhereInput
    orderBy?: NoteOrderByWithRelationInput | NoteOrderByWithRelationInput[]
    cursor?: NoteWhereUniqueInput
    take?: number
    skip?: number
    distinct?: NoteScalarFieldEnum | NoteScalarFieldEnum[]
  }

  export type NoteFindFirstOrThrowArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    where?: NoteWhereInput
    orderBy?: NoteOrderByWithRelationInput | NoteOrderByWithRelationInput[]
    cursor?: NoteWhereUniqueInput
    take?: number
    skip?: number
    distinct?: NoteScalarFieldEnum | NoteScalarFieldEnum[]
  }

  export type NoteFindManyArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    where?: NoteWhereInput
    orderBy?: NoteOrderByWithRelationInput | NoteOrderByWithRelationInput[]
    cursor?: NoteWhereUniqueInput
    take?: number
    skip?: number
    distinct?: NoteScalarFieldEnum | NoteScalarFieldEnum[]
  }

  export type NoteCreateArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    data: XOR<NoteCreateInput, NoteUncheckedCreateInput>
  }

  export type NoteCreateManyArgs = {
    data: NoteCreateManyInput | NoteCreateManyInput[]
  }

  export type NoteCreateManyAndReturnArgs = {
    select?: NoteSelectCreateManyAndReturn | null
    omit?: NoteOmit | null
    data: NoteCreateManyInput | NoteCreateManyInput[]
  }

  export type NoteUpdateArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    data: XOR<NoteUpdateInput, NoteUncheckedUpdateInput>
    where: NoteWhereUniqueInput
  }

  export type NoteUpdateManyArgs = {
    data: XOR<NoteUpdateManyMutationInput, NoteUncheckedUpdateManyInput>
    where?: NoteWhereInput
    limit?: number
  }

  export type NoteUpdateManyAndReturnArgs = {
    select?: NoteSelectUpdateManyAndReturn | null
    omit?: NoteOmit | null
    data: XOR<NoteUpdateManyMutationInput, NoteUncheckedUpdateManyInput>
    where?: NoteWhereInput
    limit?: number
  }

  export type NoteUpsertArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    where: NoteWhereUniqueInput
    create: XOR<NoteCreateInput, NoteUncheckedCreateInput>
    update: XOR<NoteUpdateInput, NoteUncheckedUpdateInput>
  }

  export type NoteDeleteArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
    where: NoteWhereUniqueInput
  }

  export type NoteDeleteManyArgs = {
    where?: NoteWhereInput
    limit?: number
  }

  export type NoteCountArgs = Omit<NoteFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: NoteCountAggregateInputType | true
  }

  export type NoteDefaultArgs = {
    select?: NoteSelect | null
    omit?: NoteOmit | null
  }

  export interface NoteDelegate {
    findUnique(args: NoteFindUniqueArgs): PrismaPromise<Note | null>
    findUniqueOrThrow(args: NoteFindUniqueOrThrowArgs): PrismaPromise<Note>
    findFirst(args?: NoteFindFirstArgs): PrismaPromise<Note | null>
    findFirstOrThrow(args?: NoteFindFirstOrThrowArgs): PrismaPromise<Note>
    findMany(args?: NoteFindManyArgs): PrismaPromise<Note[]>
    create(args: NoteCreateArgs): PrismaPromise<Note>
    createMany(args?: NoteCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: NoteCreateManyAndReturnArgs): PrismaPromise<Note[]>
    delete(args: NoteDeleteArgs): PrismaPromise<Note>
    update(args: NoteUpdateArgs): PrismaPromise<Note>
    deleteMany(args?: NoteDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: NoteUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: NoteUpdateManyAndReturnArgs): PrismaPromise<Note[]>
    upsert(args: NoteUpsertArgs): PrismaPromise<Note>
    count(args?: NoteCountArgs): PrismaPromise<number>
    aggregate(args: NoteAggregateArgs): PrismaPromise<AggregateNote>
    groupBy(args: NoteGroupByArgs): PrismaPromise<NoteGroupByOutputType[]>
  }

  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]

  export const NoteScalarFieldEnum: {
    key: 'key',
    body: 'body',
    pinned: 'pinned',
    written: 'written'
  };

  export type NoteScalarFieldEnum = (typeof NoteScalarFieldEnum)[keyof typeof NoteScalarFieldEnum]

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

  export type StringFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'String'>

  export type BooleanFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Boolean'>

  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>

  export type IntFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Int'>

  /**
   * Deep Input Types
   */

  export type NoteWhereInput = {
    AND?: NoteWhereInput | NoteWhereInput[]
    OR?: NoteWhereInput[]
    NOT?: NoteWhereInput | NoteWhereInput[]
    key?: StringFilter<"Note"> | string
    body?: StringFilter<"Note"> | string
    pinned?: BoolFilter<"Note"> | boolean
    written?: DateTimeFilter<"Note"> | Date | string
  }

  export type NoteOrderByWithRelationInput = {
    key?: SortOrder
    body?: SortOrder
    pinned?: SortOrder
    written?: SortOrder
  }

  export type NoteWhereUniqueInput = Prisma.AtLeast<{
    key?: string
    AND?: NoteWhereInput | NoteWhereInput[]
    OR?: NoteWhereInput[]
    NOT?: NoteWhereInput | NoteWhereInput[]
    body?: StringFilter<"Note"> | string
    pinned?: BoolFilter<"Note"> | boolean
    written?: DateTimeFilter<"Note"> | Date | string
  }, "key">

  export type NoteOrderByWithAggregationInput = {
    key?: SortOrder
    body?: SortOrder
    pinned?: SortOrder
    written?: SortOrder
    _count?: NoteCountOrderByAggregateInput
    _max?: NoteMaxOrderByAggregateInput
    _min?: NoteMinOrderByAggregateInput
  }

  export type NoteScalarWhereWithAggregatesInput = {
    AND?: NoteScalarWhereWithAggregatesInput | NoteScalarWhereWithAggregatesInput[]
    OR?: NoteScalarWhereWithAggregatesInput[]
    NOT?: NoteScalarWhereWithAggregatesInput | NoteScalarWhereWithAggregatesInput[]
    key?: StringWithAggregatesFilter<"Note"> | string
    body?: StringWithAggregatesFilter<"Note"> | string
    pinned?: BoolWithAggregatesFilter<"Note"> | boolean
    written?: DateTimeWithAggregatesFilter<"Note"> | Date | string
  }

  export type NoteCreateInput = {
    key: string
    body: string
    pinned?: boolean
    written?: Date | string
  }

  export type NoteUncheckedCreateInput = {
    key: string
    body: string
    pinned?: boolean
    written?: Date | string
  }

  export type NoteUpdateInput = {
    key?: StringFieldUpdateOperationsInput | string
    body?: StringFieldUpdateOperationsInput | string
    pinned?: BoolFieldUpdateOperationsInput | boolean
    written?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type NoteUncheckedUpdateInput = {
    key?: StringFieldUpdateOperationsInput | string
    body?: StringFieldUpdateOperationsInput | string
    pinned?: BoolFieldUpdateOperationsInput | boolean
    written?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type NoteCreateManyInput = {
    key: string
    body: string
    pinned?: boolean
    written?: Date | string
  }

  export type NoteUpdateManyMutationInput = {
    key?: StringFieldUpdateOperationsInput | string
    body?: StringFieldUpdateOperationsInput | string
    pinned?: BoolFieldUpdateOperationsInput | boolean
    written?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type NoteUncheckedUpdateManyInput = {
    key?: StringFieldUpdateOperationsInput | string
    body?: StringFieldUpdateOperationsInput | string
    pinned?: BoolFieldUpdateOperationsInput | boolean
    written?: DateTimeFieldUpdateOperationsInput | Date | string
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

  export type BoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
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

  export type NoteCountOrderByAggregateInput = {
    key?: SortOrder
    body?: SortOrder
    pinned?: SortOrder
    written?: SortOrder
  }

  export type NoteMaxOrderByAggregateInput = {
    key?: SortOrder
    body?: SortOrder
    pinned?: SortOrder
    written?: SortOrder
  }

  export type NoteMinOrderByAggregateInput = {
    key?: SortOrder
    body?: SortOrder
    pinned?: SortOrder
    written?: SortOrder
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

  export type BoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
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

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type BoolFieldUpdateOperationsInput = {
    set?: boolean
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
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

  export type NestedBoolFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolFilter<$PrismaModel> | boolean
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

  export type NestedBoolWithAggregatesFilter<$PrismaModel = never> = {
    equals?: boolean | BooleanFieldRefInput<$PrismaModel>
    not?: NestedBoolWithAggregatesFilter<$PrismaModel> | boolean
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedBoolFilter<$PrismaModel>
    _max?: NestedBoolFilter<$PrismaModel>
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

  export type BatchPayload = {
    count: number
  }
}
