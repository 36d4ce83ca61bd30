/**
 * Prisma Client (v6.19.3): the TypeScript declarations of this schema, by Seedbed.
 * Type names and input shapes are Prisma's; results are the model types (Prisma
 * computes them from `select`/`include`), and the runtime helpers are declared below.
 */

export type PrismaPromise<T> = Prisma.PrismaPromise<T>

/**
 * Model Account
 */
export type Account = {
  id: number
  role: $Enums.Role
  backup: $Enums.Role | null
  status: $Enums.Status
}

/**
 * Enums
 */
export namespace $Enums {
  export const Role: {
    USER: 'USER',
    ADMIN: 'ADMIN',
    GUEST: 'GUEST'
  };

  export type Role = (typeof Role)[keyof typeof Role]

  export const Status: {
    DRAFT: 'DRAFT',
    PUBLISHED: 'PUBLISHED'
  };

  export type Status = (typeof Status)[keyof typeof Status]

}

export type Role = $Enums.Role

export const Role: typeof $Enums.Role

export type Status = $Enums.Status

export const Status: typeof $Enums.Status

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
   * `prisma.account`: Exposes CRUD operations for the **Account** model.
   */
  get account(): Prisma.AccountDelegate
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
    Account: 'Account'
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
   * Model Account
   */

  export type AggregateAccount = {
    _count: AccountCountAggregateOutputType | null
    _avg: AccountAvgAggregateOutputType | null
    _sum: AccountSumAggregateOutputType | null
    _min: AccountMinAggregateOutputType | null
    _max: AccountMaxAggregateOutputType | null
  }

  export type AccountAvgAggregateOutputType = {
    id: number | null
  }

  export type AccountSumAggregateOutputType = {
    id: number | null
  }

  export type AccountMinAggregateOutputType = {
    id: number | null
    role: $Enums.Role | null
    backup: $Enums.Role | null
    status: $Enums.Status | null
  }

  export type AccountMaxAggregateOutputType = {
    id: number | null
    role: $Enums.Role | null
    backup: $Enums.Role | null
    status: $Enums.Status | null
  }

  export type AccountCountAggregateOutputType = {
    id: number
    role: number
    backup: number
    status: number
    _all: number
  }

  export type AccountCountAggregateInputType = {
    id?: true
    role?: true
    backup?: true
    status?: true
    _all?: true
  }

  export type AccountAvgAggregateInputType = {
    id?: true
  }

  export type AccountSumAggregateInputType = {
    id?: true
  }

  export type AccountMinAggregateInputType = {
    id?: true
    role?: true
    backup?: true
    status?: true
  }

  export type AccountMaxAggregateInputType = {
    id?: true
    role?: true
    backup?: true
    status?: true
  }

  export type AccountAggregateArgs = {
    where?: AccountWhereInput
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    cursor?: AccountWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | AccountCountAggregateInputType
    _avg?: AccountAvgAggregateInputType
    _sum?: AccountSumAggregateInputType
    _min?: AccountMinAggregateInputType
    _max?: AccountMaxAggregateInputType
  }

  export type AccountGroupByArgs = {
    where?: AccountWhereInput
    orderBy?: AccountOrderByWithAggregationInput | AccountOrderByWithAggregationInput[]
    by: AccountScalarFieldEnum[] | AccountScalarFieldEnum
    having?: AccountScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: AccountCountAggregateInputType | true
    _avg?: AccountAvgAggregateInputType
    _sum?: AccountSumAggregateInputType
    _min?: AccountMinAggregateInputType
    _max?: AccountMaxAggregateInputType
  }

  export type AccountGroupByOutputType = {
    id: number
    role: $Enums.Role
    backup: $Enums.Role | null
    status: $Enums.Status
    _count: AccountCountAggregateOutputType | null
    _avg: AccountAvgAggregateOutputType | null
    _sum: AccountSumAggregateOutputType | null
    _min: AccountMinAggregateOutputType | null
    _max: AccountMaxAggregateOutputType | null
  }

  export type AccountSelect = {
    id?: boolean
    role?: boolean
    backup?: boolean
    status?: boolean
  }

  export type AccountSelectCreateManyAndReturn = {
    id?: boolean
    role?: boolean
    backup?: boolean
    status?: boolean
  }

  export type AccountSelectUpdateManyAndReturn = {
    id?: boolean
    role?: boolean
    backup?: boolean
    status?: boolean
  }

  export type AccountOmit = {
    id?: boolean
    role?: boolean
    backup?: boolean
    status?: boolean
  }

  export type AccountFindUniqueArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    where: AccountWhereUniqueInput
  }

  export type AccountFindUniqueOrThrowArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    where: AccountWhereUniqueInput
  }

  export type AccountFindFirstArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    where?: AccountWhereInput
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    cursor?: AccountWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AccountScalarFieldEnum | AccountScalarFieldEnum[]
  }

  export type AccountFindFirstOrThrowArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    where?: AccountWhereInput
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    cursor?: AccountWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AccountScalarFieldEnum | AccountScalarFieldEnum[]
  }

  export type AccountFindManyArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    where?: AccountWhereInput
    orderBy?: AccountOrderByWithRelationInput | AccountOrderByWithRelationInput[]
    cursor?: AccountWhereUniqueInput
    take?: number
    skip?: number
    distinct?: AccountScalarFieldEnum | AccountScalarFieldEnum[]
  }

  export type AccountCreateArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    data: XOR<AccountCreateInput, AccountUncheckedCreateInput>
  }

  export type AccountCreateManyArgs = {
    data: AccountCreateManyInput | AccountCreateManyInput[]
  }

  export type AccountCreateManyAndReturnArgs = {
    select?: AccountSelectCreateManyAndReturn | null
    omit?: AccountOmit | null
    data: AccountCreateManyInput | AccountCreateManyInput[]
  }

  export type AccountUpdateArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    data: XOR<AccountUpdateInput, AccountUncheckedUpdateInput>
    where: AccountWhereUniqueInput
  }

  export type AccountUpdateManyArgs = {
    data: XOR<AccountUpdateManyMutationInput, AccountUncheckedUpdateManyInput>
    where?: AccountWhereInput
    limit?: number
  }

  export type AccountUpdateManyAndReturnArgs = {
    select?: AccountSelectUpdateManyAndReturn | null
    omit?: AccountOmit | null
    data: XOR<AccountUpdateManyMutationInput, AccountUncheckedUpdateManyInput>
    where?: AccountWhereInput
    limit?: number
  }

  export type AccountUpsertArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    where: AccountWhereUniqueInput
    create: XOR<AccountCreateInput, AccountUncheckedCreateInput>
    update: XOR<AccountUpdateInput, AccountUncheckedUpdateInput>
  }

  export type AccountDeleteArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
    where: AccountWhereUniqueInput
  }

  export type AccountDeleteManyArgs = {
    where?: AccountWhereInput
    limit?: number
  }

  export type AccountCountArgs = Omit<AccountFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: AccountCountAggregateInputType | true
  }

  export type AccountDefaultArgs = {
    select?: AccountSelect | null
    omit?: AccountOmit | null
  }

  export interface AccountDelegate {
    findUnique(args: AccountFindUniqueArgs): PrismaPromise<Account | null>
    findUniqueOrThrow(args: AccountFindUniqueOrThrowArgs): PrismaPromise<Account>
    findFirst(args?: AccountFindFirstArgs): PrismaPromise<Account | null>
    findFirstOrThrow(args?: AccountFindFirstOrThrowArgs): PrismaPromise<Account>
    findMany(args?: AccountFindManyArgs): PrismaPromise<Account[]>
    create(args: AccountCreateArgs): PrismaPromise<Account>
    createMany(args?: AccountCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: AccountCreateManyAndReturnArgs): PrismaPromise<Account[]>
    delete(args: AccountDeleteArgs): PrismaPromise<Account>
    update(args: AccountUpdateArgs): PrismaPromise<Account>
    deleteMany(args?: AccountDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: AccountUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: AccountUpdateManyAndReturnArgs): PrismaPromise<Account[]>
    upsert(args: AccountUpsertArgs): PrismaPromise<Account>
    count(args?: AccountCountArgs): PrismaPromise<number>
    aggregate(args: AccountAggregateArgs): PrismaPromise<AggregateAccount>
    groupBy(args: AccountGroupByArgs): PrismaPromise<AccountGroupByOutputType[]>
  }

  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]

  export const AccountScalarFieldEnum: {
    id: 'id',
    role: 'role',
    backup: 'backup',
    status: 'status'
  };

  export type AccountScalarFieldEnum = (typeof AccountScalarFieldEnum)[keyof typeof AccountScalarFieldEnum]

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

  export type EnumRoleFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Role'>

  export type EnumStatusFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Status'>

  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>

  /**
   * Deep Input Types
   */

  export type AccountWhereInput = {
    AND?: AccountWhereInput | AccountWhereInput[]
    OR?: AccountWhereInput[]
    NOT?: AccountWhereInput | AccountWhereInput[]
    id?: IntFilter<"Account"> | number
    role?: EnumRoleFilter<"Account"> | $Enums.Role
    backup?: EnumRoleNullableFilter<"Account"> | $Enums.Role | null
    status?: EnumStatusFilter<"Account"> | $Enums.Status
  }

  export type AccountOrderByWithRelationInput = {
    id?: SortOrder
    role?: SortOrder
    backup?: SortOrderInput | SortOrder
    status?: SortOrder
  }

  export type AccountWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    AND?: AccountWhereInput | AccountWhereInput[]
    OR?: AccountWhereInput[]
    NOT?: AccountWhereInput | AccountWhereInput[]
    role?: EnumRoleFilter<"Account"> | $Enums.Role
    backup?: EnumRoleNullableFilter<"Account"> | $Enums.Role | null
    status?: EnumStatusFilter<"Account"> | $Enums.Status
  }, "id">

  export type AccountOrderByWithAggregationInput = {
    id?: SortOrder
    role?: SortOrder
    backup?: SortOrderInput | SortOrder
    status?: SortOrder
    _count?: AccountCountOrderByAggregateInput
    _avg?: AccountAvgOrderByAggregateInput
    _max?: AccountMaxOrderByAggregateInput
    _min?: AccountMinOrderByAggregateInput
    _sum?: AccountSumOrderByAggregateInput
  }

  export type AccountScalarWhereWithAggregatesInput = {
    AND?: AccountScalarWhereWithAggregatesInput | AccountScalarWhereWithAggregatesInput[]
    OR?: AccountScalarWhereWithAggregatesInput[]
    NOT?: AccountScalarWhereWithAggregatesInput | AccountScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"Account"> | number
    role?: EnumRoleWithAggregatesFilter<"Account"> | $Enums.Role
    backup?: EnumRoleNullableWithAggregatesFilter<"Account"> | $Enums.Role | null
    status?: EnumStatusWithAggregatesFilter<"Account"> | $Enums.Status
  }

  export type AccountCreateInput = {
    role?: $Enums.Role
    backup?: $Enums.Role | null
    status: $Enums.Status
  }

  export type AccountUncheckedCreateInput = {
    id?: number
    role?: $Enums.Role
    backup?: $Enums.Role | null
    status: $Enums.Status
  }

  export type AccountUpdateInput = {
    role?: EnumRoleFieldUpdateOperationsInput | $Enums.Role
    backup?: NullableEnumRoleFieldUpdateOperationsInput | $Enums.Role | null
    status?: EnumStatusFieldUpdateOperationsInput | $Enums.Status
  }

  export type AccountUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    role?: EnumRoleFieldUpdateOperationsInput | $Enums.Role
    backup?: NullableEnumRoleFieldUpdateOperationsInput | $Enums.Role | null
    status?: EnumStatusFieldUpdateOperationsInput | $Enums.Status
  }

  export type AccountCreateManyInput = {
    id?: number
    role?: $Enums.Role
    backup?: $Enums.Role | null
    status: $Enums.Status
  }

  export type AccountUpdateManyMutationInput = {
    role?: EnumRoleFieldUpdateOperationsInput | $Enums.Role
    backup?: NullableEnumRoleFieldUpdateOperationsInput | $Enums.Role | null
    status?: EnumStatusFieldUpdateOperationsInput | $Enums.Status
  }

  export type AccountUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    role?: EnumRoleFieldUpdateOperationsInput | $Enums.Role
    backup?: NullableEnumRoleFieldUpdateOperationsInput | $Enums.Role | null
    status?: EnumStatusFieldUpdateOperationsInput | $Enums.Status
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

  export type EnumRoleFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel>
    in?: $Enums.Role[]
    notIn?: $Enums.Role[]
    not?: NestedEnumRoleFilter<$PrismaModel> | $Enums.Role
  }

  export type EnumRoleNullableFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel> | null
    in?: $Enums.Role[] | null
    notIn?: $Enums.Role[] | null
    not?: NestedEnumRoleNullableFilter<$PrismaModel> | $Enums.Role | null
  }

  export type EnumStatusFilter<$PrismaModel = never> = {
    equals?: $Enums.Status | EnumStatusFieldRefInput<$PrismaModel>
    in?: $Enums.Status[]
    notIn?: $Enums.Status[]
    not?: NestedEnumStatusFilter<$PrismaModel> | $Enums.Status
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type AccountCountOrderByAggregateInput = {
    id?: SortOrder
    role?: SortOrder
    backup?: SortOrder
    status?: SortOrder
  }

  export type AccountAvgOrderByAggregateInput = {
    id?: SortOrder
  }

  export type AccountMaxOrderByAggregateInput = {
    id?: SortOrder
    role?: SortOrder
    backup?: SortOrder
    status?: SortOrder
  }

  export type AccountMinOrderByAggregateInput = {
    id?: SortOrder
    role?: SortOrder
    backup?: SortOrder
    status?: SortOrder
  }

  export type AccountSumOrderByAggregateInput = {
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

  export type EnumRoleWithAggregatesFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel>
    in?: $Enums.Role[]
    notIn?: $Enums.Role[]
    not?: NestedEnumRoleWithAggregatesFilter<$PrismaModel> | $Enums.Role
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedEnumRoleFilter<$PrismaModel>
    _max?: NestedEnumRoleFilter<$PrismaModel>
  }

  export type EnumRoleNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel> | null
    in?: $Enums.Role[] | null
    notIn?: $Enums.Role[] | null
    not?: NestedEnumRoleNullableWithAggregatesFilter<$PrismaModel> | $Enums.Role | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedEnumRoleNullableFilter<$PrismaModel>
    _max?: NestedEnumRoleNullableFilter<$PrismaModel>
  }

  export type EnumStatusWithAggregatesFilter<$PrismaModel = never> = {
    equals?: $Enums.Status | EnumStatusFieldRefInput<$PrismaModel>
    in?: $Enums.Status[]
    notIn?: $Enums.Status[]
    not?: NestedEnumStatusWithAggregatesFilter<$PrismaModel> | $Enums.Status
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedEnumStatusFilter<$PrismaModel>
    _max?: NestedEnumStatusFilter<$PrismaModel>
  }

  export type EnumRoleFieldUpdateOperationsInput = {
    set?: $Enums.Role
  }

  export type NullableEnumRoleFieldUpdateOperationsInput = {
    set?: $Enums.Role | null
  }

  export type EnumStatusFieldUpdateOperationsInput = {
    set?: $Enums.Status
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
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

  export type NestedEnumRoleFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel>
    in?: $Enums.Role[]
    notIn?: $Enums.Role[]
    not?: NestedEnumRoleFilter<$PrismaModel> | $Enums.Role
  }

  export type NestedEnumRoleNullableFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel> | null
    in?: $Enums.Role[] | null
    notIn?: $Enums.Role[] | null
    not?: NestedEnumRoleNullableFilter<$PrismaModel> | $Enums.Role | null
  }

  export type NestedEnumStatusFilter<$PrismaModel = never> = {
    equals?: $Enums.Status | EnumStatusFieldRefInput<$PrismaModel>
    in?: $Enums.Status[]
    notIn?: $Enums.Status[]
    not?: NestedEnumStatusFilter<$PrismaModel> | $Enums.Status
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

  export type NestedEnumRoleWithAggregatesFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel>
    in?: $Enums.Role[]
    notIn?: $Enums.Role[]
    not?: NestedEnumRoleWithAggregatesFilter<$PrismaModel> | $Enums.Role
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedEnumRoleFilter<$PrismaModel>
    _max?: NestedEnumRoleFilter<$PrismaModel>
  }

  export type NestedEnumRoleNullableWithAggregatesFilter<$PrismaModel = never> = {
    equals?: $Enums.Role | EnumRoleFieldRefInput<$PrismaModel> | null
    in?: $Enums.Role[] | null
    notIn?: $Enums.Role[] | null
    not?: NestedEnumRoleNullableWithAggregatesFilter<$PrismaModel> | $Enums.Role | null
    _count?: NestedIntNullableFilter<$PrismaModel>
    _min?: NestedEnumRoleNullableFilter<$PrismaModel>
    _max?: NestedEnumRoleNullableFilter<$PrismaModel>
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

  export type NestedEnumStatusWithAggregatesFilter<$PrismaModel = never> = {
    equals?: $Enums.Status | EnumStatusFieldRefInput<$PrismaModel>
    in?: $Enums.Status[]
    notIn?: $Enums.Status[]
    not?: NestedEnumStatusWithAggregatesFilter<$PrismaModel> | $Enums.Status
    _count?: NestedIntFilter<$PrismaModel>
    _min?: NestedEnumStatusFilter<$PrismaModel>
    _max?: NestedEnumStatusFilter<$PrismaModel>
  }

  export type BatchPayload = {
    count: number
  }
}
