/**
 * Prisma Client (v6.19.3): the TypeScript declarations of this schema, by Seedbed.
 * Type names and input shapes are Prisma's; results are the model types (Prisma
 * computes them from `select`/`include`), and the runtime helpers are declared below.
 */

export type PrismaPromise<T> = Prisma.PrismaPromise<T>

/**
 * Model Membership
 */
export type Membership = {
  orgId: number
  userId: number
  role: string
  joined: Date
}

/**
 * Model Grant
 */
export type Grant = {
  id: number
  orgId: number
  userId: number
  scope: string
}

/**
 * Model Sku
 */
export type Sku = {
  vendor: string
  code: string
  price: number
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
   * `prisma.membership`: Exposes CRUD operations for the **Membership** model.
   */
  get membership(): Prisma.MembershipDelegate

  /**
   * `prisma.grant`: Exposes CRUD operations for the **Grant** model.
   */
  get grant(): Prisma.GrantDelegate

  /**
   * `prisma.sku`: Exposes CRUD operations for the **Sku** model.
   */
  get sku(): Prisma.SkuDelegate
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
    Membership: 'Membership',
    Grant: 'Grant',
    Sku: 'Sku'
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
   * Model Membership
   */

  export type MembershipCountOutputType = {
    grants: number
  }

  export type MembershipCountOutputTypeSelect = {
    grants?: boolean | MembershipCountOutputTypeCountGrantsArgs
  }

  export type MembershipCountOutputTypeDefaultArgs = {
    select?: MembershipCountOutputTypeSelect | null
  }

  export type MembershipCountOutputTypeCountGrantsArgs = {
    where?: GrantWhereInput
  }

  export type AggregateMembership = {
    _count: MembershipCountAggregateOutputType | null
    _avg: MembershipAvgAggregateOutputType | null
    _sum: MembershipSumAggregateOutputType | null
    _min: MembershipMinAggregateOutputType | null
    _max: MembershipMaxAggregateOutputType | null
  }

  export type MembershipAvgAggregateOutputType = {
    orgId: number | null
    userId: number | null
  }

  export type MembershipSumAggregateOutputType = {
    orgId: number | null
    userId: number | null
  }

  export type MembershipMinAggregateOutputType = {
    orgId: number | null
    userId: number | null
    role: string | null
    joined: Date | null
  }

  export type MembershipMaxAggregateOutputType = {
    orgId: number | null
    userId: number | null
    role: string | null
    joined: Date | null
  }

  export type MembershipCountAggregateOutputType = {
    orgId: number
    userId: number
    role: number
    joined: number
    _all: number
  }

  export type MembershipCountAggregateInputType = {
    orgId?: true
    userId?: true
    role?: true
    joined?: true
    _all?: true
  }

  export type MembershipAvgAggregateInputType = {
    orgId?: true
    userId?: true
  }

  export type MembershipSumAggregateInputType = {
    orgId?: true
    userId?: true
  }

  export type MembershipMinAggregateInputType = {
    orgId?: true
    userId?: true
    role?: true
    joined?: true
  }

  export type MembershipMaxAggregateInputType = {
    orgId?: true
    userId?: true
    role?: true
    joined?: true
  }

  export type MembershipAggregateArgs = {
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    cursor?: MembershipWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | MembershipCountAggregateInputType
    _avg?: MembershipAvgAggregateInputType
    _sum?: MembershipSumAggregateInputType
    _min?: MembershipMinAggregateInputType
    _max?: MembershipMaxAggregateInputType
  }

  export type MembershipGroupByArgs = {
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithAggregationInput | MembershipOrderByWithAggregationInput[]
    by: MembershipScalarFieldEnum[] | MembershipScalarFieldEnum
    having?: MembershipScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: MembershipCountAggregateInputType | true
    _avg?: MembershipAvgAggregateInputType
    _sum?: MembershipSumAggregateInputType
    _min?: MembershipMinAggregateInputType
    _max?: MembershipMaxAggregateInputType
  }

  export type MembershipGroupByOutputType = {
    orgId: number
    userId: number
    role: string
    joined: Date
    _count: MembershipCountAggregateOutputType | null
    _avg: MembershipAvgAggregateOutputType | null
    _sum: MembershipSumAggregateOutputType | null
    _min: MembershipMinAggregateOutputType | null
    _max: MembershipMaxAggregateOutputType | null
  }

  export type MembershipSelect = {
    orgId?: boolean
    userId?: boolean
    role?: boolean
    joined?: boolean
    grants?: boolean | Membership$grantsArgs
    _count?: boolean | MembershipCountOutputTypeDefaultArgs
  }

  export type MembershipSelectCreateManyAndReturn = {
    orgId?: boolean
    userId?: boolean
    role?: boolean
    joined?: boolean
  }

  export type MembershipSelectUpdateManyAndReturn = {
    orgId?: boolean
    userId?: boolean
    role?: boolean
    joined?: boolean
  }

  export type MembershipOmit = {
    orgId?: boolean
    userId?: boolean
    role?: boolean
    joined?: boolean
  }

  export type MembershipInclude = {
    grants?: boolean | Membership$grantsArgs
    _count?: boolean | MembershipCountOutputTypeDefaultArgs
  }

  export type MembershipIncludeCreateManyAndReturn = {
  }

  export type MembershipIncludeUpdateManyAndReturn = {
  }

  export type MembershipFindUniqueArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    where: MembershipWhereUniqueInput
  }

  export type MembershipFindUniqueOrThrowArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    where: MembershipWhereUniqueInput
  }

  export type MembershipFindFirstArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    cursor?: MembershipWhereUniqueInput
    take?: number
    skip?: number
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  export type MembershipFindFirstOrThrowArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    cursor?: MembershipWhereUniqueInput
    take?: number
    skip?: number
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  export type MembershipFindManyArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    where?: MembershipWhereInput
    orderBy?: MembershipOrderByWithRelationInput | MembershipOrderByWithRelationInput[]
    cursor?: MembershipWhereUniqueInput
    take?: number
    skip?: number
    distinct?: MembershipScalarFieldEnum | MembershipScalarFieldEnum[]
  }

  export type MembershipCreateArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    data: XOR<MembershipCreateInput, MembershipUncheckedCreateInput>
  }

  export type MembershipCreateManyArgs = {
    data: MembershipCreateManyInput | MembershipCreateManyInput[]
  }

  export type MembershipCreateManyAndReturnArgs = {
    select?: MembershipSelectCreateManyAndReturn | null
    omit?: MembershipOmit | null
    data: MembershipCreateManyInput | MembershipCreateManyInput[]
  }

  export type MembershipUpdateArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    data: XOR<MembershipUpdateInput, MembershipUncheckedUpdateInput>
    where: MembershipWhereUniqueInput
  }

  export type MembershipUpdateManyArgs = {
    data: XOR<MembershipUpdateManyMutationInput, MembershipUncheckedUpdateManyInput>
    where?: MembershipWhereInput
    limit?: number
  }

  export type MembershipUpdateManyAndReturnArgs = {
    select?: MembershipSelectUpdateManyAndReturn | null
    omit?: MembershipOmit | null
    data: XOR<MembershipUpdateManyMutationInput, MembershipUncheckedUpdateManyInput>
    where?: MembershipWhereInput
    limit?: number
  }

  export type MembershipUpsertArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    where: MembershipWhereUniqueInput
    create: XOR<MembershipCreateInput, MembershipUncheckedCreateInput>
    update: XOR<MembershipUpdateInput, MembershipUncheckedUpdateInput>
  }

  export type MembershipDeleteArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
    where: MembershipWhereUniqueInput
  }

  export type MembershipDeleteManyArgs = {
    where?: MembershipWhereInput
    limit?: number
  }

  export type MembershipCountArgs = Omit<MembershipFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: MembershipCountAggregateInputType | true
  }

  export type Membership$grantsArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where?: GrantWhereInput
    orderBy?: GrantOrderByWithRelationInput | GrantOrderByWithRelationInput[]
    cursor?: GrantWhereUniqueInput
    take?: number
    skip?: number
    distinct?: GrantScalarFieldEnum | GrantScalarFieldEnum[]
  }

  export type MembershipDefaultArgs = {
    select?: MembershipSelect | null
    omit?: MembershipOmit | null
    include?: MembershipInclude | null
  }

  export interface MembershipDelegate {
    findUnique(args: MembershipFindUniqueArgs): PrismaPromise<Membership | null>
    findUniqueOrThrow(args: MembershipFindUniqueOrThrowArgs): PrismaPromise<Membership>
    findFirst(args?: MembershipFindFirstArgs): PrismaPromise<Membership | null>
    findFirstOrThrow(args?: MembershipFindFirstOrThrowArgs): PrismaPromise<Membership>
    findMany(args?: MembershipFindManyArgs): PrismaPromise<Membership[]>
    create(args: MembershipCreateArgs): PrismaPromise<Membership>
    createMany(args?: MembershipCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: MembershipCreateManyAndReturnArgs): PrismaPromise<Membership[]>
    delete(args: MembershipDeleteArgs): PrismaPromise<Membership>
    update(args: MembershipUpdateArgs): PrismaPromise<Membership>
    deleteMany(args?: MembershipDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: MembershipUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: MembershipUpdateManyAndReturnArgs): PrismaPromise<Membership[]>
    upsert(args: MembershipUpsertArgs): PrismaPromise<Membership>
    count(args?: MembershipCountArgs): PrismaPromise<number>
    aggregate(args: MembershipAggregateArgs): PrismaPromise<AggregateMembership>
    groupBy(args: MembershipGroupByArgs): PrismaPromise<MembershipGroupByOutputType[]>
  }


  /**
   * Model Grant
   */

  export type AggregateGrant = {
    _count: GrantCountAggregateOutputType | null
    _avg: GrantAvgAggregateOutputType | null
    _sum: GrantSumAggregateOutputType | null
    _min: GrantMinAggregateOutputType | null
    _max: GrantMaxAggregateOutputType | null
  }

  export type GrantAvgAggregateOutputType = {
    id: number | null
    orgId: number | null
    userId: number | null
  }

  export type GrantSumAggregateOutputType = {
    id: number | null
    orgId: number | null
    userId: number | null
  }

  export type GrantMinAggregateOutputType = {
    id: number | null
    orgId: number | null
    userId: number | null
    scope: string | null
  }

  export type GrantMaxAggregateOutputType = {
    id: number | null
    orgId: number | null
    userId: number | null
    scope: string | null
  }

  export type GrantCountAggregateOutputType = {
    id: number
    orgId: number
    userId: number
    scope: number
    _all: number
  }

  export type GrantCountAggregateInputType = {
    id?: true
    orgId?: true
    userId?: true
    scope?: true
    _all?: true
  }

  export type GrantAvgAggregateInputType = {
    id?: true
    orgId?: true
    userId?: true
  }

  export type GrantSumAggregateInputType = {
    id?: true
    orgId?: true
    userId?: true
  }

  export type GrantMinAggregateInputType = {
    id?: true
    orgId?: true
    userId?: true
    scope?: true
  }

  export type GrantMaxAggregateInputType = {
    id?: true
    orgId?: true
    userId?: true
    scope?: true
  }

  export type GrantAggregateArgs = {
    where?: GrantWhereInput
    orderBy?: GrantOrderByWithRelationInput | GrantOrderByWithRelationInput[]
    cursor?: GrantWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | GrantCountAggregateInputType
    _avg?: GrantAvgAggregateInputType
    _sum?: GrantSumAggregateInputType
    _min?: GrantMinAggregateInputType
    _max?: GrantMaxAggregateInputType
  }

  export type GrantGroupByArgs = {
    where?: GrantWhereInput
    orderBy?: GrantOrderByWithAggregationInput | GrantOrderByWithAggregationInput[]
    by: GrantScalarFieldEnum[] | GrantScalarFieldEnum
    having?: GrantScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: GrantCountAggregateInputType | true
    _avg?: GrantAvgAggregateInputType
    _sum?: GrantSumAggregateInputType
    _min?: GrantMinAggregateInputType
    _max?: GrantMaxAggregateInputType
  }

  export type GrantGroupByOutputType = {
    id: number
    orgId: number
    userId: number
    scope: string
    _count: GrantCountAggregateOutputType | null
    _avg: GrantAvgAggregateOutputType | null
    _sum: GrantSumAggregateOutputType | null
    _min: GrantMinAggregateOutputType | null
    _max: GrantMaxAggregateOutputType | null
  }

  export type GrantSelect = {
    id?: boolean
    orgId?: boolean
    userId?: boolean
    scope?: boolean
    member?: boolean | MembershipDefaultArgs
  }

  export type GrantSelectCreateManyAndReturn = {
    id?: boolean
    orgId?: boolean
    userId?: boolean
    scope?: boolean
    member?: boolean | MembershipDefaultArgs
  }

  export type GrantSelectUpdateManyAndReturn = {
    id?: boolean
    orgId?: boolean
    userId?: boolean
    scope?: boolean
    member?: boolean | MembershipDefaultArgs
  }

  export type GrantOmit = {
    id?: boolean
    orgId?: boolean
    userId?: boolean
    scope?: boolean
  }

  export type GrantInclude = {
    member?: boolean | MembershipDefaultArgs
  }

  export type GrantIncludeCreateManyAndReturn = {
    member?: boolean | MembershipDefaultArgs
  }

  export type GrantIncludeUpdateManyAndReturn = {
    member?: boolean | MembershipDefaultArgs
  }

  export type GrantFindUniqueArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where: GrantWhereUniqueInput
  }

  export type GrantFindUniqueOrThrowArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where: GrantWhereUniqueInput
  }

  export type GrantFindFirstArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where?: GrantWhereInput
    orderBy?: GrantOrderByWithRelationInput | GrantOrderByWithRelationInput[]
    cursor?: GrantWhereUniqueInput
    take?: number
    skip?: number
    distinct?: GrantScalarFieldEnum | GrantScalarFieldEnum[]
  }

  export type GrantFindFirstOrThrowArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where?: GrantWhereInput
    orderBy?: GrantOrderByWithRelationInput | GrantOrderByWithRelationInput[]
    cursor?: GrantWhereUniqueInput
    take?: number
    skip?: number
    distinct?: GrantScalarFieldEnum | GrantScalarFieldEnum[]
  }

  export type GrantFindManyArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where?: GrantWhereInput
    orderBy?: GrantOrderByWithRelationInput | GrantOrderByWithRelationInput[]
    cursor?: GrantWhereUniqueInput
    take?: number
    skip?: number
    distinct?: GrantScalarFieldEnum | GrantScalarFieldEnum[]
  }

  export type GrantCreateArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    data: XOR<GrantCreateInput, GrantUncheckedCreateInput>
  }

  export type GrantCreateManyArgs = {
    data: GrantCreateManyInput | GrantCreateManyInput[]
  }

  export type GrantCreateManyAndReturnArgs = {
    select?: GrantSelectCreateManyAndReturn | null
    omit?: GrantOmit | null
    data: GrantCreateManyInput | GrantCreateManyInput[]
    include?: GrantIncludeCreateManyAndReturn | null
  }

  export type GrantUpdateArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    data: XOR<GrantUpdateInput, GrantUncheckedUpdateInput>
    where: GrantWhereUniqueInput
  }

  export type GrantUpdateManyArgs = {
    data: XOR<GrantUpdateManyMutationInput, GrantUncheckedUpdateManyInput>
    where?: GrantWhereInput
    limit?: number
  }

  export type GrantUpdateManyAndReturnArgs = {
    select?: GrantSelectUpdateManyAndReturn | null
    omit?: GrantOmit | null
    data: XOR<GrantUpdateManyMutationInput, GrantUncheckedUpdateManyInput>
    where?: GrantWhereInput
    limit?: number
    include?: GrantIncludeUpdateManyAndReturn | null
  }

  export type GrantUpsertArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where: GrantWhereUniqueInput
    create: XOR<GrantCreateInput, GrantUncheckedCreateInput>
    update: XOR<GrantUpdateInput, GrantUncheckedUpdateInput>
  }

  export type GrantDeleteArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
    where: GrantWhereUniqueInput
  }

  export type GrantDeleteManyArgs = {
    where?: GrantWhereInput
    limit?: number
  }

  export type GrantCountArgs = Omit<GrantFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: GrantCountAggregateInputType | true
  }

  export type GrantDefaultArgs = {
    select?: GrantSelect | null
    omit?: GrantOmit | null
    include?: GrantInclude | null
  }

  export interface GrantDelegate {
    findUnique(args: GrantFindUniqueArgs): PrismaPromise<Grant | null>
    findUniqueOrThrow(args: GrantFindUniqueOrThrowArgs): PrismaPromise<Grant>
    findFirst(args?: GrantFindFirstArgs): PrismaPromise<Grant | null>
    findFirstOrThrow(args?: GrantFindFirstOrThrowArgs): PrismaPromise<Grant>
    findMany(args?: GrantFindManyArgs): PrismaPromise<Grant[]>
    create(args: GrantCreateArgs): PrismaPromise<Grant>
    createMany(args?: GrantCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: GrantCreateManyAndReturnArgs): PrismaPromise<Grant[]>
    delete(args: GrantDeleteArgs): PrismaPromise<Grant>
    update(args: GrantUpdateArgs): PrismaPromise<Grant>
    deleteMany(args?: GrantDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: GrantUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: GrantUpdateManyAndReturnArgs): PrismaPromise<Grant[]>
    upsert(args: GrantUpsertArgs): PrismaPromise<Grant>
    count(args?: GrantCountArgs): PrismaPromise<number>
    aggregate(args: GrantAggregateArgs): PrismaPromise<AggregateGrant>
    groupBy(args: GrantGroupByArgs): PrismaPromise<GrantGroupByOutputType[]>
  }


  /**
   * Model Sku
   */

  export type AggregateSku = {
    _count: SkuCountAggregateOutputType | null
    _avg: SkuAvgAggregateOutputType | null
    _sum: SkuSumAggregateOutputType | null
    _min: SkuMinAggregateOutputType | null
    _max: SkuMaxAggregateOutputType | null
  }

  export type SkuAvgAggregateOutputType = {
    price: number | null
  }

  export type SkuSumAggregateOutputType = {
    price: number | null
  }

  export type SkuMinAggregateOutputType = {
    vendor: string | null
    code: string | null
    price: number | null
  }

  export type SkuMaxAggregateOutputType = {
    vendor: string | null
    code: string | null
    price: number | null
  }

  export type SkuCountAggregateOutputType = {
    vendor: number
    code: number
    price: number
    _all: number
  }

  export type SkuCountAggregateInputType = {
    vendor?: true
    code?: true
    price?: true
    _all?: true
  }

  export type SkuAvgAggregateInputType = {
    price?: true
  }

  export type SkuSumAggregateInputType = {
    price?: true
  }

  export type SkuMinAggregateInputType = {
    vendor?: true
    code?: true
    price?: true
  }

  export type SkuMaxAggregateInputType = {
    vendor?: true
    code?: true
    price?: true
  }

  export type SkuAggregateArgs = {
    where?: SkuWhereInput
    orderBy?: SkuOrderByWithRelationInput | SkuOrderByWithRelationInput[]
    cursor?: SkuWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | SkuCountAggregateInputType
    _avg?: SkuAvgAggregateInputType
    _sum?: SkuSumAggregateInputType
    _min?: SkuMinAggregateInputType
    _max?: SkuMaxAggregateInputType
  }

  export type SkuGroupByArgs = {
    where?: SkuWhereInput
    orderBy?: SkuOrderByWithAggregationInput | SkuOrderByWithAggregationInput[]
    by: SkuScalarFieldEnum[] | SkuScalarFieldEnum
    having?: SkuScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: SkuCountAggregateInputType | true
    _avg?: SkuAvgAggregateInputType
    _sum?: SkuSumAggregateInputType
    _min?: SkuMinAggregateInputType
    _max?: SkuMaxAggregateInputType
  }

  export type SkuGroupByOutputType = {
    vendor: string
    code: string
    price: number
    _count: SkuCountAggregateOutputType | null
    _avg: SkuAvgAggregateOutputType | null
    _sum: SkuSumAggregateOutputType | null
    _min: SkuMinAggregateOutputType | null
    _max: SkuMaxAggregateOutputType | null
  }

  export type SkuSelect = {
    vendor?: boolean
    code?: boolean
    price?: boolean
  }

  export type SkuSelectCreateManyAndReturn = {
    vendor?: boolean
    code?: boolean
    price?: boolean
  }

  export type SkuSelectUpdateManyAndReturn = {
    vendor?: boolean
    code?: boolean
    price?: boolean
  }

  export type SkuOmit = {
    vendor?: boolean
    code?: boolean
    price?: boolean
  }

  export type SkuFindUniqueArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    where: SkuWhereUniqueInput
  }

  export type SkuFindUniqueOrThrowArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    where: SkuWhereUniqueInput
  }

  export type SkuFindFirstArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    where?: SkuWhereInput
    orderBy?: SkuOrderByWithRelationInput | SkuOrderByWithRelationInput[]
    cursor?: SkuWhereUniqueInput
    take?: number
    skip?: number
    distinct?: SkuScalarFieldEnum | SkuScalarFieldEnum[]
  }

  export type SkuFindFirstOrThrowArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    where?: SkuWhereInput
    orderBy?: SkuOrderByWithRelationInput | SkuOrderByWithRelationInput[]
    cursor?: SkuWhereUniqueInput
    take?: number
    skip?: number
    distinct?: SkuScalarFieldEnum | SkuScalarFieldEnum[]
  }

  export type SkuFindManyArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    where?: SkuWhereInput
    orderBy?: SkuOrderByWithRelationInput | SkuOrderByWithRelationInput[]
    cursor?: SkuWhereUniqueInput
    take?: number
    skip?: number
    distinct?: SkuScalarFieldEnum | SkuScalarFieldEnum[]
  }

  export type SkuCreateArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    data: XOR<SkuCreateInput, SkuUncheckedCreateInput>
  }

  export type SkuCreateManyArgs = {
    data: SkuCreateManyInput | SkuCreateManyInput[]
  }

  export type SkuCreateManyAndReturnArgs = {
    select?: SkuSelectCreateManyAndReturn | null
    omit?: SkuOmit | null
    data: SkuCreateManyInput | SkuCreateManyInput[]
  }

  export type SkuUpdateArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    data: XOR<SkuUpdateInput, SkuUncheckedUpdateInput>
    where: SkuWhereUniqueInput
  }

  export type SkuUpdateManyArgs = {
    data: XOR<SkuUpdateManyMutationInput, SkuUncheckedUpdateManyInput>
    where?: SkuWhereInput
    limit?: number
  }

  export type SkuUpdateManyAndReturnArgs = {
    select?: SkuSelectUpdateManyAndReturn | null
    omit?: SkuOmit | null
    data: XOR<SkuUpdateManyMutationInput, SkuUncheckedUpdateManyInput>
    where?: SkuWhereInput
    limit?: number
  }

  export type SkuUpsertArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    where: SkuWhereUniqueInput
    create: XOR<SkuCreateInput, SkuUncheckedCreateInput>
    update: XOR<SkuUpdateInput, SkuUncheckedUpdateInput>
  }

  export type SkuDeleteArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
    where: SkuWhereUniqueInput
  }

  export type SkuDeleteManyArgs = {
    where?: SkuWhereInput
    limit?: number
  }

  export type SkuCountArgs = Omit<SkuFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: SkuCountAggregateInputType | true
  }

  export type SkuDefaultArgs = {
    select?: SkuSelect | null
    omit?: SkuOmit | null
  }

  export interface SkuDelegate {
    findUnique(args: SkuFindUniqueArgs): PrismaPromise<Sku | null>
    findUniqueOrThrow(args: SkuFindUniqueOrThrowArgs): PrismaPromise<Sku>
    findFirst(args?: SkuFindFirstArgs): PrismaPromise<Sku | null>
    findFirstOrThrow(args?: SkuFindFirstOrThrowArgs): PrismaPromise<Sku>
    findMany(args?: SkuFindManyArgs): PrismaPromise<Sku[]>
    create(args: SkuCreateArgs): PrismaPromise<Sku>
    createMany(args?: SkuCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: SkuCreateManyAndReturnArgs): PrismaPromise<Sku[]>
    delete(args: SkuDeleteArgs): PrismaPromise<Sku>
    update(args: SkuUpdateArgs): PrismaPromise<Sku>
    deleteMany(args?: SkuDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: SkuUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: SkuUpdateManyAndReturnArgs): PrismaPromise<Sku[]>
    upsert(args: SkuUpsertArgs): PrismaPromise<Sku>
    count(args?: SkuCountArgs): PrismaPromise<number>
    aggregate(args: SkuAggregateArgs): PrismaPromise<AggregateSku>
    groupBy(args: SkuGroupByArgs): PrismaPromise<SkuGroupByOutputType[]>
  }

  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]

  export const MembershipScalarFieldEnum: {
    orgId: 'orgId',
    userId: 'userId',
    role: 'role',
    joined: 'joined'
  };

  export type MembershipScalarFieldEnum = (typeof MembershipScalarFieldEnum)[keyof typeof MembershipScalarFieldEnum]

  export const GrantScalarFieldEnum: {
    id: 'id',
    orgId: 'orgId',
    userId: 'userId',
    scope: 'scope'
  };

  export type GrantScalarFieldEnum = (typeof GrantScalarFieldEnum)[keyof typeof GrantScalarFieldEnum]

  export const SkuScalarFieldEnum: {
    vendor: 'vendor',
    code: 'code',
    price: 'price'
  };

  export type SkuScalarFieldEnum = (typeof SkuScalarFieldEnum)[keyof typeof SkuScalarFieldEnum]

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

  export type DateTimeFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'DateTime'>

  export type FloatFieldRefInput<$PrismaModel> = FieldRefInputType<$PrismaModel, 'Float'>

  /**
   * Deep Input Types
   */

  export type MembershipWhereInput = {
    AND?: MembershipWhereInput | MembershipWhereInput[]
    OR?: MembershipWhereInput[]
    NOT?: MembershipWhereInput | MembershipWhereInput[]
    orgId?: IntFilter<"Membership"> | number
    userId?: IntFilter<"Membership"> | number
    role?: StringFilter<"Membership"> | string
    joined?: DateTimeFilter<"Membership"> | Date | string
    grants?: GrantListRelationFilter
  }

  export type MembershipOrderByWithRelationInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    joined?: SortOrder
    grants?: GrantOrderByRelationAggregateInput
  }

  export type MembershipWhereUniqueInput = Prisma.AtLeast<{
    orgId_userId?: MembershipOrgIdUserIdCompoundUniqueInput
    AND?: MembershipWhereInput | MembershipWhereInput[]
    OR?: MembershipWhereInput[]
    NOT?: MembershipWhereInput | MembershipWhereInput[]
    orgId?: IntFilter<"Membership"> | number
    userId?: IntFilter<"Membership"> | number
    role?: StringFilter<"Membership"> | string
    joined?: DateTimeFilter<"Membership"> | Date | string
    grants?: GrantListRelationFilter
  }, "orgId_userId">

  export type MembershipOrderByWithAggregationInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    joined?: SortOrder
    _count?: MembershipCountOrderByAggregateInput
    _avg?: MembershipAvgOrderByAggregateInput
    _max?: MembershipMaxOrderByAggregateInput
    _min?: MembershipMinOrderByAggregateInput
    _sum?: MembershipSumOrderByAggregateInput
  }

  export type MembershipScalarWhereWithAggregatesInput = {
    AND?: MembershipScalarWhereWithAggregatesInput | MembershipScalarWhereWithAggregatesInput[]
    OR?: MembershipScalarWhereWithAggregatesInput[]
    NOT?: MembershipScalarWhereWithAggregatesInput | MembershipScalarWhereWithAggregatesInput[]
    orgId?: IntWithAggregatesFilter<"Membership"> | number
    userId?: IntWithAggregatesFilter<"Membership"> | number
    role?: StringWithAggregatesFilter<"Membership"> | string
    joined?: DateTimeWithAggregatesFilter<"Membership"> | Date | string
  }

  export type GrantWhereInput = {
    AND?: GrantWhereInput | GrantWhereInput[]
    OR?: GrantWhereInput[]
    NOT?: GrantWhereInput | GrantWhereInput[]
    id?: IntFilter<"Grant"> | number
    orgId?: IntFilter<"Grant"> | number
    userId?: IntFilter<"Grant"> | number
    scope?: StringFilter<"Grant"> | string
    member?: XOR<MembershipScalarRelationFilter, MembershipWhereInput>
  }

  export type GrantOrderByWithRelationInput = {
    id?: SortOrder
    orgId?: SortOrder
    userId?: SortOrder
    scope?: SortOrder
    member?: MembershipOrderByWithRelationInput
  }

  export type GrantWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    grantKey?: GrantGrantKeyCompoundUniqueInput
    scope_id?: GrantScopeIdCompoundUniqueInput
    AND?: GrantWhereInput | GrantWhereInput[]
    OR?: GrantWhereInput[]
    NOT?: GrantWhereInput | GrantWhereInput[]
    orgId?: IntFilter<"Grant"> | number
    userId?: IntFilter<"Grant"> | number
    scope?: StringFilter<"Grant"> | string
    member?: XOR<MembershipScalarRelationFilter, MembershipWhereInput>
  }, "id" | "grantKey" | "scope_id">

  export type GrantOrderByWithAggregationInput = {
    id?: SortOrder
    orgId?: SortOrder
    userId?: SortOrder
    scope?: SortOrder
    _count?: GrantCountOrderByAggregateInput
    _avg?: GrantAvgOrderByAggregateInput
    _max?: GrantMaxOrderByAggregateInput
    _min?: GrantMinOrderByAggregateInput
    _sum?: GrantSumOrderByAggregateInput
  }

  export type GrantScalarWhereWithAggregatesInput = {
    AND?: GrantScalarWhereWithAggregatesInput | GrantScalarWhereWithAggregatesInput[]
    OR?: GrantScalarWhereWithAggregatesInput[]
    NOT?: GrantScalarWhereWithAggregatesInput | GrantScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"Grant"> | number
    orgId?: IntWithAggregatesFilter<"Grant"> | number
    userId?: IntWithAggregatesFilter<"Grant"> | number
    scope?: StringWithAggregatesFilter<"Grant"> | string
  }

  export type SkuWhereInput = {
    AND?: SkuWhereInput | SkuWhereInput[]
    OR?: SkuWhereInput[]
    NOT?: SkuWhereInput | SkuWhereInput[]
    vendor?: StringFilter<"Sku"> | string
    code?: StringFilter<"Sku"> | string
    price?: FloatFilter<"Sku"> | number
  }

  export type SkuOrderByWithRelationInput = {
    vendor?: SortOrder
    code?: SortOrder
    price?: SortOrder
  }

  export type SkuWhereUniqueInput = Prisma.AtLeast<{
    ref?: SkuRefCompoundUniqueInput
    AND?: SkuWhereInput | SkuWhereInput[]
    OR?: SkuWhereInput[]
    NOT?: SkuWhereInput | SkuWhereInput[]
    vendor?: StringFilter<"Sku"> | string
    code?: StringFilter<"Sku"> | string
    price?: FloatFilter<"Sku"> | number
  }, "ref">

  export type SkuOrderByWithAggregationInput = {
    vendor?: SortOrder
    code?: SortOrder
    price?: SortOrder
    _count?: SkuCountOrderByAggregateInput
    _avg?: SkuAvgOrderByAggregateInput
    _max?: SkuMaxOrderByAggregateInput
    _min?: SkuMinOrderByAggregateInput
    _sum?: SkuSumOrderByAggregateInput
  }

  export type SkuScalarWhereWithAggregatesInput = {
    AND?: SkuScalarWhereWithAggregatesInput | SkuScalarWhereWithAggregatesInput[]
    OR?: SkuScalarWhereWithAggregatesInput[]
    NOT?: SkuScalarWhereWithAggregatesInput | SkuScalarWhereWithAggregatesInput[]
    vendor?: StringWithAggregatesFilter<"Sku"> | string
    code?: StringWithAggregatesFilter<"Sku"> | string
    price?: FloatWithAggregatesFilter<"Sku"> | number
  }

  export type MembershipCreateInput = {
    orgId: number
    userId: number
    role: string
    joined?: Date | string
    grants?: GrantCreateNestedManyWithoutMemberInput
  }

  export type MembershipUncheckedCreateInput = {
    orgId: number
    userId: number
    role: string
    joined?: Date | string
    grants?: GrantUncheckedCreateNestedManyWithoutMemberInput
  }

  export type MembershipUpdateInput = {
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    role?: StringFieldUpdateOperationsInput | string
    joined?: DateTimeFieldUpdateOperationsInput | Date | string
    grants?: GrantUpdateManyWithoutMemberNestedInput
  }

  export type MembershipUncheckedUpdateInput = {
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    role?: StringFieldUpdateOperationsInput | string
    joined?: DateTimeFieldUpdateOperationsInput | Date | string
    grants?: GrantUncheckedUpdateManyWithoutMemberNestedInput
  }

  export type MembershipCreateManyInput = {
    orgId: number
    userId: number
    role: string
    joined?: Date | string
  }

  export type MembershipUpdateManyMutationInput = {
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    role?: StringFieldUpdateOperationsInput | string
    joined?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipUncheckedUpdateManyInput = {
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    role?: StringFieldUpdateOperationsInput | string
    joined?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type GrantCreateInput = {
    scope: string
    member: MembershipCreateNestedOneWithoutGrantsInput
  }

  export type GrantUncheckedCreateInput = {
    id?: number
    orgId: number
    userId: number
    scope: string
  }

  export type GrantUpdateInput = {
    scope?: StringFieldUpdateOperationsInput | string
    member?: MembershipUpdateOneRequiredWithoutGrantsNestedInput
  }

  export type GrantUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    scope?: StringFieldUpdateOperationsInput | string
  }

  export type GrantCreateManyInput = {
    id?: number
    orgId: number
    userId: number
    scope: string
  }

  export type GrantUpdateManyMutationInput = {
    scope?: StringFieldUpdateOperationsInput | string
  }

  export type GrantUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    scope?: StringFieldUpdateOperationsInput | string
  }

  export type SkuCreateInput = {
    vendor: string
    code: string
    price: number
  }

  export type SkuUncheckedCreateInput = {
    vendor: string
    code: string
    price: number
  }

  export type SkuUpdateInput = {
    vendor?: StringFieldUpdateOperationsInput | string
    code?: StringFieldUpdateOperationsInput | string
    price?: FloatFieldUpdateOperationsInput | number
  }

  export type SkuUncheckedUpdateInput = {
    vendor?: StringFieldUpdateOperationsInput | string
    code?: StringFieldUpdateOperationsInput | string
    price?: FloatFieldUpdateOperationsInput | number
  }

  export type SkuCreateManyInput = {
    vendor: string
    code: string
    price: number
  }

  export type SkuUpdateManyMutationInput = {
    vendor?: StringFieldUpdateOperationsInput | string
    code?: StringFieldUpdateOperationsInput | string
    price?: FloatFieldUpdateOperationsInput | number
  }

  export type SkuUncheckedUpdateManyInput = {
    vendor?: StringFieldUpdateOperationsInput | string
    code?: StringFieldUpdateOperationsInput | string
    price?: FloatFieldUpdateOperationsInput | number
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

  export type GrantListRelationFilter = {
    every?: GrantWhereInput
    some?: GrantWhereInput
    none?: GrantWhereInput
  }

  export type GrantOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type MembershipOrgIdUserIdCompoundUniqueInput = {
    orgId: number
    userId: number
  }

  export type MembershipCountOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    joined?: SortOrder
  }

  export type MembershipAvgOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
  }

  export type MembershipMaxOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    joined?: SortOrder
  }

  export type MembershipMinOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
    role?: SortOrder
    joined?: SortOrder
  }

  export type MembershipSumOrderByAggregateInput = {
    orgId?: SortOrder
    userId?: SortOrder
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

  export type MembershipScalarRelationFilter = {
    is?: MembershipWhereInput
    isNot?: MembershipWhereInput
  }

  export type GrantGrantKeyCompoundUniqueInput = {
    orgId: number
    userId: number
    scope: string
  }

  export type GrantScopeIdCompoundUniqueInput = {
    scope: string
    id: number
  }

  export type GrantCountOrderByAggregateInput = {
    id?: SortOrder
    orgId?: SortOrder
    userId?: SortOrder
    scope?: SortOrder
  }

  export type GrantAvgOrderByAggregateInput = {
    id?: SortOrder
    orgId?: SortOrder
    userId?: SortOrder
  }

  export type GrantMaxOrderByAggregateInput = {
    id?: SortOrder
    orgId?: SortOrder
    userId?: SortOrder
    scope?: SortOrder
  }

  export type GrantMinOrderByAggregateInput = {
    id?: SortOrder
    orgId?: SortOrder
    userId?: SortOrder
    scope?: SortOrder
  }

  export type GrantSumOrderByAggregateInput = {
    id?: SortOrder
    orgId?: SortOrder
    userId?: SortOrder
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

  export type SkuRefCompoundUniqueInput = {
    vendor: string
    code: string
  }

  export type SkuCountOrderByAggregateInput = {
    vendor?: SortOrder
    code?: SortOrder
    price?: SortOrder
  }

  export type SkuAvgOrderByAggregateInput = {
    price?: SortOrder
  }

  export type SkuMaxOrderByAggregateInput = {
    vendor?: SortOrder
    code?: SortOrder
    price?: SortOrder
  }

  export type SkuMinOrderByAggregateInput = {
    vendor?: SortOrder
    code?: SortOrder
    price?: SortOrder
  }

  export type SkuSumOrderByAggregateInput = {
    price?: SortOrder
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

  export type GrantCreateNestedManyWithoutMemberInput = {
    create?: XOR<GrantCreateWithoutMemberInput, GrantUncheckedCreateWithoutMemberInput> | GrantCreateWithoutMemberInput[] | GrantUncheckedCreateWithoutMemberInput[]
    connectOrCreate?: GrantCreateOrConnectWithoutMemberInput | GrantCreateOrConnectWithoutMemberInput[]
    createMany?: GrantCreateManyMemberInputEnvelope
    connect?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
  }

  export type GrantUncheckedCreateNestedManyWithoutMemberInput = {
    create?: XOR<GrantCreateWithoutMemberInput, GrantUncheckedCreateWithoutMemberInput> | GrantCreateWithoutMemberInput[] | GrantUncheckedCreateWithoutMemberInput[]
    connectOrCreate?: GrantCreateOrConnectWithoutMemberInput | GrantCreateOrConnectWithoutMemberInput[]
    createMany?: GrantCreateManyMemberInputEnvelope
    connect?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
  }

  export type IntFieldUpdateOperationsInput = {
    set?: number
    increment?: number
    decrement?: number
    multiply?: number
    divide?: number
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type DateTimeFieldUpdateOperationsInput = {
    set?: Date | string
  }

  export type GrantUpdateManyWithoutMemberNestedInput = {
    create?: XOR<GrantCreateWithoutMemberInput, GrantUncheckedCreateWithoutMemberInput> | GrantCreateWithoutMemberInput[] | GrantUncheckedCreateWithoutMemberInput[]
    connectOrCreate?: GrantCreateOrConnectWithoutMemberInput | GrantCreateOrConnectWithoutMemberInput[]
    upsert?: GrantUpsertWithWhereUniqueWithoutMemberInput | GrantUpsertWithWhereUniqueWithoutMemberInput[]
    createMany?: GrantCreateManyMemberInputEnvelope
    set?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    disconnect?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    delete?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    connect?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    update?: GrantUpdateWithWhereUniqueWithoutMemberInput | GrantUpdateWithWhereUniqueWithoutMemberInput[]
    updateMany?: GrantUpdateManyWithWhereWithoutMemberInput | GrantUpdateManyWithWhereWithoutMemberInput[]
    deleteMany?: GrantScalarWhereInput | GrantScalarWhereInput[]
  }

  export type GrantUncheckedUpdateManyWithoutMemberNestedInput = {
    create?: XOR<GrantCreateWithoutMemberInput, GrantUncheckedCreateWithoutMemberInput> | GrantCreateWithoutMemberInput[] | GrantUncheckedCreateWithoutMemberInput[]
    connectOrCreate?: GrantCreateOrConnectWithoutMemberInput | GrantCreateOrConnectWithoutMemberInput[]
    upsert?: GrantUpsertWithWhereUniqueWithoutMemberInput | GrantUpsertWithWhereUniqueWithoutMemberInput[]
    createMany?: GrantCreateManyMemberInputEnvelope
    set?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    disconnect?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    delete?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    connect?: GrantWhereUniqueInput | GrantWhereUniqueInput[]
    update?: GrantUpdateWithWhereUniqueWithoutMemberInput | GrantUpdateWithWhereUniqueWithoutMemberInput[]
    updateMany?: GrantUpdateManyWithWhereWithoutMemberInput | GrantUpdateManyWithWhereWithoutMemberInput[]
    deleteMany?: GrantScalarWhereInput | GrantScalarWhereInput[]
  }

  export type MembershipCreateNestedOneWithoutGrantsInput = {
    create?: XOR<MembershipCreateWithoutGrantsInput, MembershipUncheckedCreateWithoutGrantsInput>
    connectOrCreate?: MembershipCreateOrConnectWithoutGrantsInput
    connect?: MembershipWhereUniqueInput
  }

  export type MembershipUpdateOneRequiredWithoutGrantsNestedInput = {
    create?: XOR<MembershipCreateWithoutGrantsInput, MembershipUncheckedCreateWithoutGrantsInput>
    connectOrCreate?: MembershipCreateOrConnectWithoutGrantsInput
    upsert?: MembershipUpsertWithoutGrantsInput
    connect?: MembershipWhereUniqueInput
    update?: XOR<XOR<MembershipUpdateToOneWithWhereWithoutGrantsInput, MembershipUpdateWithoutGrantsInput>, MembershipUncheckedUpdateWithoutGrantsInput>
  }

  export type FloatFieldUpdateOperationsInput = {
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

  export type GrantCreateWithoutMemberInput = {
    scope: string
  }

  export type GrantUncheckedCreateWithoutMemberInput = {
    id?: number
    scope: string
  }

  export type GrantCreateOrConnectWithoutMemberInput = {
    where: GrantWhereUniqueInput
    create: XOR<GrantCreateWithoutMemberInput, GrantUncheckedCreateWithoutMemberInput>
  }

  export type GrantCreateManyMemberInputEnvelope = {
    data: GrantCreateManyMemberInput | GrantCreateManyMemberInput[]
  }

  export type GrantUpsertWithWhereUniqueWithoutMemberInput = {
    where: GrantWhereUniqueInput
    update: XOR<GrantUpdateWithoutMemberInput, GrantUncheckedUpdateWithoutMemberInput>
    create: XOR<GrantCreateWithoutMemberInput, GrantUncheckedCreateWithoutMemberInput>
  }

  export type GrantUpdateWithWhereUniqueWithoutMemberInput = {
    where: GrantWhereUniqueInput
    data: XOR<GrantUpdateWithoutMemberInput, GrantUncheckedUpdateWithoutMemberInput>
  }

  export type GrantUpdateManyWithWhereWithoutMemberInput = {
    where: GrantScalarWhereInput
    data: XOR<GrantUpdateManyMutationInput, GrantUncheckedUpdateManyWithoutMemberInput>
  }

  export type GrantScalarWhereInput = {
    AND?: GrantScalarWhereInput | GrantScalarWhereInput[]
    OR?: GrantScalarWhereInput[]
    NOT?: GrantScalarWhereInput | GrantScalarWhereInput[]
    id?: IntFilter<"Grant"> | number
    orgId?: IntFilter<"Grant"> | number
    userId?: IntFilter<"Grant"> | number
    scope?: StringFilter<"Grant"> | string
  }

  export type MembershipCreateWithoutGrantsInput = {
    orgId: number
    userId: number
    role: string
    joined?: Date | string
  }

  export type MembershipUncheckedCreateWithoutGrantsInput = {
    orgId: number
    userId: number
    role: string
    joined?: Date | string
  }

  export type MembershipCreateOrConnectWithoutGrantsInput = {
    where: MembershipWhereUniqueInput
    create: XOR<MembershipCreateWithoutGrantsInput, MembershipUncheckedCreateWithoutGrantsInput>
  }

  export type MembershipUpsertWithoutGrantsInput = {
    update: XOR<MembershipUpdateWithoutGrantsInput, MembershipUncheckedUpdateWithoutGrantsInput>
    create: XOR<MembershipCreateWithoutGrantsInput, MembershipUncheckedCreateWithoutGrantsInput>
    where?: MembershipWhereInput
  }

  export type MembershipUpdateToOneWithWhereWithoutGrantsInput = {
    where?: MembershipWhereInput
    data: XOR<MembershipUpdateWithoutGrantsInput, MembershipUncheckedUpdateWithoutGrantsInput>
  }

  export type MembershipUpdateWithoutGrantsInput = {
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    role?: StringFieldUpdateOperationsInput | string
    joined?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type MembershipUncheckedUpdateWithoutGrantsInput = {
    orgId?: IntFieldUpdateOperationsInput | number
    userId?: IntFieldUpdateOperationsInput | number
    role?: StringFieldUpdateOperationsInput | string
    joined?: DateTimeFieldUpdateOperationsInput | Date | string
  }

  export type GrantCreateManyMemberInput = {
    id?: number
    scope: string
  }

  export type GrantUpdateWithoutMemberInput = {
    scope?: StringFieldUpdateOperationsInput | string
  }

  export type GrantUncheckedUpdateWithoutMemberInput = {
    id?: IntFieldUpdateOperationsInput | number
    scope?: StringFieldUpdateOperationsInput | string
  }

  export type GrantUncheckedUpdateManyWithoutMemberInput = {
    id?: IntFieldUpdateOperationsInput | number
    scope?: StringFieldUpdateOperationsInput | string
  }

  export type BatchPayload = {
    count: number
  }
}
