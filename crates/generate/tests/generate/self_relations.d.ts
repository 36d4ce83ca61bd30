/**
 * Prisma Client (v6.19.3): the TypeScript declarations of this schema, by Seedbed.
 * Type names and input shapes are Prisma's; results are the model types (Prisma
 * computes them from `select`/`include`), and the runtime helpers are declared below.
 */

export type PrismaPromise<T> = Prisma.PrismaPromise<T>

/**
 * Model Person
 */
export type Person = {
  id: number
  name: string
  mentorId: number | null
  spouseId: number | null
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
   * `prisma.person`: Exposes CRUD operations for the **Person** model.
   */
  get person(): Prisma.PersonDelegate
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
    Person: 'Person'
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
   * Model Person
   */

  export type PersonCountOutputType = {
    mentees: number
    followers: number
    following: number
  }

  export type PersonCountOutputTypeSelect = {
    mentees?: boolean | PersonCountOutputTypeCountMenteesArgs
    followers?: boolean | PersonCountOutputTypeCountFollowersArgs
    following?: boolean | PersonCountOutputTypeCountFollowingArgs
  }

  export type PersonCountOutputTypeDefaultArgs = {
    select?: PersonCountOutputTypeSelect | null
  }

  export type PersonCountOutputTypeCountMenteesArgs = {
    where?: PersonWhereInput
  }

  export type PersonCountOutputTypeCountFollowersArgs = {
    where?: PersonWhereInput
  }

  export type PersonCountOutputTypeCountFollowingArgs = {
    where?: PersonWhereInput
  }

  export type AggregatePerson = {
    _count: PersonCountAggregateOutputType | null
    _avg: PersonAvgAggregateOutputType | null
    _sum: PersonSumAggregateOutputType | null
    _min: PersonMinAggregateOutputType | null
    _max: PersonMaxAggregateOutputType | null
  }

  export type PersonAvgAggregateOutputType = {
    id: number | null
    mentorId: number | null
    spouseId: number | null
  }

  export type PersonSumAggregateOutputType = {
    id: number | null
    mentorId: number | null
    spouseId: number | null
  }

  export type PersonMinAggregateOutputType = {
    id: number | null
    name: string | null
    mentorId: number | null
    spouseId: number | null
  }

  export type PersonMaxAggregateOutputType = {
    id: number | null
    name: string | null
    mentorId: number | null
    spouseId: number | null
  }

  export type PersonCountAggregateOutputType = {
    id: number
    name: number
    mentorId: number
    spouseId: number
    _all: number
  }

  export type PersonCountAggregateInputType = {
    id?: true
    name?: true
    mentorId?: true
    spouseId?: true
    _all?: true
  }

  export type PersonAvgAggregateInputType = {
    id?: true
    mentorId?: true
    spouseId?: true
  }

  export type PersonSumAggregateInputType = {
    id?: true
    mentorId?: true
    spouseId?: true
  }

  export type PersonMinAggregateInputType = {
    id?: true
    name?: true
    mentorId?: true
    spouseId?: true
  }

  export type PersonMaxAggregateInputType = {
    id?: true
    name?: true
    mentorId?: true
    spouseId?: true
  }

  export type PersonAggregateArgs = {
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    _count?: true | PersonCountAggregateInputType
    _avg?: PersonAvgAggregateInputType
    _sum?: PersonSumAggregateInputType
    _min?: PersonMinAggregateInputType
    _max?: PersonMaxAggregateInputType
  }

  export type PersonGroupByArgs = {
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithAggregationInput | PersonOrderByWithAggregationInput[]
    by: PersonScalarFieldEnum[] | PersonScalarFieldEnum
    having?: PersonScalarWhereWithAggregatesInput
    take?: number
    skip?: number
    _count?: PersonCountAggregateInputType | true
    _avg?: PersonAvgAggregateInputType
    _sum?: PersonSumAggregateInputType
    _min?: PersonMinAggregateInputType
    _max?: PersonMaxAggregateInputType
  }

  export type PersonGroupByOutputType = {
    id: number
    name: string
    mentorId: number | null
    spouseId: number | null
    _count: PersonCountAggregateOutputType | null
    _avg: PersonAvgAggregateOutputType | null
    _sum: PersonSumAggregateOutputType | null
    _min: PersonMinAggregateOutputType | null
    _max: PersonMaxAggregateOutputType | null
  }

  export type PersonSelect = {
    id?: boolean
    name?: boolean
    mentorId?: boolean
    spouseId?: boolean
    mentor?: boolean | Person$mentorArgs
    mentees?: boolean | Person$menteesArgs
    spouse?: boolean | Person$spouseArgs
    spouseOf?: boolean | Person$spouseOfArgs
    followers?: boolean | Person$followersArgs
    following?: boolean | Person$followingArgs
    _count?: boolean | PersonCountOutputTypeDefaultArgs
  }

  export type PersonSelectCreateManyAndReturn = {
    id?: boolean
    name?: boolean
    mentorId?: boolean
    spouseId?: boolean
    mentor?: boolean | Person$mentorArgs
    spouse?: boolean | Person$spouseArgs
  }

  export type PersonSelectUpdateManyAndReturn = {
    id?: boolean
    name?: boolean
    mentorId?: boolean
    spouseId?: boolean
    mentor?: boolean | Person$mentorArgs
    spouse?: boolean | Person$spouseArgs
  }

  export type PersonOmit = {
    id?: boolean
    name?: boolean
    mentorId?: boolean
    spouseId?: boolean
  }

  export type PersonInclude = {
    mentor?: boolean | Person$mentorArgs
    mentees?: boolean | Person$menteesArgs
    spouse?: boolean | Person$spouseArgs
    spouseOf?: boolean | Person$spouseOfArgs
    followers?: boolean | Person$followersArgs
    following?: boolean | Person$followingArgs
    _count?: boolean | PersonCountOutputTypeDefaultArgs
  }

  export type PersonIncludeCreateManyAndReturn = {
    mentor?: boolean | Person$mentorArgs
    spouse?: boolean | Person$spouseArgs
  }

  export type PersonIncludeUpdateManyAndReturn = {
    mentor?: boolean | Person$mentorArgs
    spouse?: boolean | Person$spouseArgs
  }

  export type PersonFindUniqueArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where: PersonWhereUniqueInput
  }

  export type PersonFindUniqueOrThrowArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where: PersonWhereUniqueInput
  }

  export type PersonFindFirstArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  export type PersonFindFirstOrThrowArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  export type PersonFindManyArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  export type PersonCreateArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    data: XOR<PersonCreateInput, PersonUncheckedCreateInput>
  }

  export type PersonCreateManyArgs = {
    data: PersonCreateManyInput | PersonCreateManyInput[]
  }

  export type PersonCreateManyAndReturnArgs = {
    select?: PersonSelectCreateManyAndReturn | null
    omit?: PersonOmit | null
    data: PersonCreateManyInput | PersonCreateManyInput[]
    include?: PersonIncludeCreateManyAndReturn | null
  }

  export type PersonUpdateArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    data: XOR<PersonUpdateInput, PersonUncheckedUpdateInput>
    where: PersonWhereUniqueInput
  }

  export type PersonUpdateManyArgs = {
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyInput>
    where?: PersonWhereInput
    limit?: number
  }

  export type PersonUpdateManyAndReturnArgs = {
    select?: PersonSelectUpdateManyAndReturn | null
    omit?: PersonOmit | null
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyInput>
    where?: PersonWhereInput
    limit?: number
    include?: PersonIncludeUpdateManyAndReturn | null
  }

  export type PersonUpsertArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateInput, PersonUncheckedCreateInput>
    update: XOR<PersonUpdateInput, PersonUncheckedUpdateInput>
  }

  export type PersonDeleteArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where: PersonWhereUniqueInput
  }

  export type PersonDeleteManyArgs = {
    where?: PersonWhereInput
    limit?: number
  }

  export type PersonCountArgs = Omit<PersonFindManyArgs, 'select' | 'include' | 'distinct' | 'omit'> & {
    select?: PersonCountAggregateInputType | true
  }

  export type Person$mentorArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
  }

  export type Person$menteesArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  export type Person$spouseArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
  }

  export type Person$spouseOfArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
  }

  export type Person$followersArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  export type Person$followingArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
    where?: PersonWhereInput
    orderBy?: PersonOrderByWithRelationInput | PersonOrderByWithRelationInput[]
    cursor?: PersonWhereUniqueInput
    take?: number
    skip?: number
    distinct?: PersonScalarFieldEnum | PersonScalarFieldEnum[]
  }

  export type PersonDefaultArgs = {
    select?: PersonSelect | null
    omit?: PersonOmit | null
    include?: PersonInclude | null
  }

  export interface PersonDelegate {
    findUnique(args: PersonFindUniqueArgs): PrismaPromise<Person | null>
    findUniqueOrThrow(args: PersonFindUniqueOrThrowArgs): PrismaPromise<Person>
    findFirst(args?: PersonFindFirstArgs): PrismaPromise<Person | null>
    findFirstOrThrow(args?: PersonFindFirstOrThrowArgs): PrismaPromise<Person>
    findMany(args?: PersonFindManyArgs): PrismaPromise<Person[]>
    create(args: PersonCreateArgs): PrismaPromise<Person>
    createMany(args?: PersonCreateManyArgs): PrismaPromise<BatchPayload>
    createManyAndReturn(args?: PersonCreateManyAndReturnArgs): PrismaPromise<Person[]>
    delete(args: PersonDeleteArgs): PrismaPromise<Person>
    update(args: PersonUpdateArgs): PrismaPromise<Person>
    deleteMany(args?: PersonDeleteManyArgs): PrismaPromise<BatchPayload>
    updateMany(args: PersonUpdateManyArgs): PrismaPromise<BatchPayload>
    updateManyAndReturn(args: PersonUpdateManyAndReturnArgs): PrismaPromise<Person[]>
    upsert(args: PersonUpsertArgs): PrismaPromise<Person>
    count(args?: PersonCountArgs): PrismaPromise<number>
    aggregate(args: PersonAggregateArgs): PrismaPromise<AggregatePerson>
    groupBy(args: PersonGroupByArgs): PrismaPromise<PersonGroupByOutputType[]>
  }

  /**
   * Enums
   */

  export const TransactionIsolationLevel: {
    Serializable: 'Serializable'
  };

  export type TransactionIsolationLevel = (typeof TransactionIsolationLevel)[keyof typeof TransactionIsolationLevel]

  export const PersonScalarFieldEnum: {
    id: 'id',
    name: 'name',
    mentorId: 'mentorId',
    spouseId: 'spouseId'
  };

  export type PersonScalarFieldEnum = (typeof PersonScalarFieldEnum)[keyof typeof PersonScalarFieldEnum]

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

  export type PersonWhereInput = {
    AND?: PersonWhereInput | PersonWhereInput[]
    OR?: PersonWhereInput[]
    NOT?: PersonWhereInput | PersonWhereInput[]
    id?: IntFilter<"Person"> | number
    name?: StringFilter<"Person"> | string
    mentorId?: IntNullableFilter<"Person"> | number | null
    spouseId?: IntNullableFilter<"Person"> | number | null
    mentor?: XOR<PersonNullableScalarRelationFilter, PersonWhereInput> | null
    mentees?: PersonListRelationFilter
    spouse?: XOR<PersonNullableScalarRelationFilter, PersonWhereInput> | null
    spouseOf?: XOR<PersonNullableScalarRelationFilter, PersonWhereInput> | null
    followers?: PersonListRelationFilter
    following?: PersonListRelationFilter
  }

  export type PersonOrderByWithRelationInput = {
    id?: SortOrder
    name?: SortOrder
    mentorId?: SortOrderInput | SortOrder
    spouseId?: SortOrderInput | SortOrder
    mentor?: PersonOrderByWithRelationInput
    mentees?: PersonOrderByRelationAggregateInput
    spouse?: PersonOrderByWithRelationInput
    spouseOf?: PersonOrderByWithRelationInput
    followers?: PersonOrderByRelationAggregateInput
    following?: PersonOrderByRelationAggregateInput
  }

  export type PersonWhereUniqueInput = Prisma.AtLeast<{
    id?: number
    spouseId?: number
    AND?: PersonWhereInput | PersonWhereInput[]
    OR?: PersonWhereInput[]
    NOT?: PersonWhereInput | PersonWhereInput[]
    name?: StringFilter<"Person"> | string
    mentorId?: IntNullableFilter<"Person"> | number | null
    mentor?: XOR<PersonNullableScalarRelationFilter, PersonWhereInput> | null
    mentees?: PersonListRelationFilter
    spouse?: XOR<PersonNullableScalarRelationFilter, PersonWhereInput> | null
    spouseOf?: XOR<PersonNullableScalarRelationFilter, PersonWhereInput> | null
    followers?: PersonListRelationFilter
    following?: PersonListRelationFilter
  }, "id" | "spouseId">

  export type PersonOrderByWithAggregationInput = {
    id?: SortOrder
    name?: SortOrder
    mentorId?: SortOrderInput | SortOrder
    spouseId?: SortOrderInput | SortOrder
    _count?: PersonCountOrderByAggregateInput
    _avg?: PersonAvgOrderByAggregateInput
    _max?: PersonMaxOrderByAggregateInput
    _min?: PersonMinOrderByAggregateInput
    _sum?: PersonSumOrderByAggregateInput
  }

  export type PersonScalarWhereWithAggregatesInput = {
    AND?: PersonScalarWhereWithAggregatesInput | PersonScalarWhereWithAggregatesInput[]
    OR?: PersonScalarWhereWithAggregatesInput[]
    NOT?: PersonScalarWhereWithAggregatesInput | PersonScalarWhereWithAggregatesInput[]
    id?: IntWithAggregatesFilter<"Person"> | number
    name?: StringWithAggregatesFilter<"Person"> | string
    mentorId?: IntNullableWithAggregatesFilter<"Person"> | number | null
    spouseId?: IntNullableWithAggregatesFilter<"Person"> | number | null
  }

  export type PersonCreateInput = {
    name: string
    mentor?: PersonCreateNestedOneWithoutMenteesInput
    mentees?: PersonCreateNestedManyWithoutMentorInput
    spouse?: PersonCreateNestedOneWithoutSpouseOfInput
    spouseOf?: PersonCreateNestedOneWithoutSpouseInput
    followers?: PersonCreateNestedManyWithoutFollowingInput
    following?: PersonCreateNestedManyWithoutFollowersInput
  }

  export type PersonUncheckedCreateInput = {
    id?: number
    name: string
    mentorId?: number | null
    spouseId?: number | null
    mentees?: PersonUncheckedCreateNestedManyWithoutMentorInput
    spouseOf?: PersonUncheckedCreateNestedOneWithoutSpouseInput
    followers?: PersonUncheckedCreateNestedManyWithoutFollowingInput
    following?: PersonUncheckedCreateNestedManyWithoutFollowersInput
  }

  export type PersonUpdateInput = {
    name?: StringFieldUpdateOperationsInput | string
    mentor?: PersonUpdateOneWithoutMenteesNestedInput
    mentees?: PersonUpdateManyWithoutMentorNestedInput
    spouse?: PersonUpdateOneWithoutSpouseOfNestedInput
    spouseOf?: PersonUpdateOneWithoutSpouseNestedInput
    followers?: PersonUpdateManyWithoutFollowingNestedInput
    following?: PersonUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
    mentees?: PersonUncheckedUpdateManyWithoutMentorNestedInput
    spouseOf?: PersonUncheckedUpdateOneWithoutSpouseNestedInput
    followers?: PersonUncheckedUpdateManyWithoutFollowingNestedInput
    following?: PersonUncheckedUpdateManyWithoutFollowersNestedInput
  }

  export type PersonCreateManyInput = {
    id?: number
    name: string
    mentorId?: number | null
    spouseId?: number | null
  }

  export type PersonUpdateManyMutationInput = {
    name?: StringFieldUpdateOperationsInput | string
  }

  export type PersonUncheckedUpdateManyInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
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

  export type PersonNullableScalarRelationFilter = {
    is?: PersonWhereInput | null
    isNot?: PersonWhereInput | null
  }

  export type PersonListRelationFilter = {
    every?: PersonWhereInput
    some?: PersonWhereInput
    none?: PersonWhereInput
  }

  export type SortOrderInput = {
    sort: SortOrder
    nulls?: NullsOrder
  }

  export type PersonOrderByRelationAggregateInput = {
    _count?: SortOrder
  }

  export type PersonCountOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    mentorId?: SortOrder
    spouseId?: SortOrder
  }

  export type PersonAvgOrderByAggregateInput = {
    id?: SortOrder
    mentorId?: SortOrder
    spouseId?: SortOrder
  }

  export type PersonMaxOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    mentorId?: SortOrder
    spouseId?: SortOrder
  }

  export type PersonMinOrderByAggregateInput = {
    id?: SortOrder
    name?: SortOrder
    mentorId?: SortOrder
    spouseId?: SortOrder
  }

  export type PersonSumOrderByAggregateInput = {
    id?: SortOrder
    mentorId?: SortOrder
    spouseId?: SortOrder
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

  export type PersonCreateNestedOneWithoutMenteesInput = {
    create?: XOR<PersonCreateWithoutMenteesInput, PersonUncheckedCreateWithoutMenteesInput>
    connectOrCreate?: PersonCreateOrConnectWithoutMenteesInput
    connect?: PersonWhereUniqueInput
  }

  export type PersonCreateNestedManyWithoutMentorInput = {
    create?: XOR<PersonCreateWithoutMentorInput, PersonUncheckedCreateWithoutMentorInput> | PersonCreateWithoutMentorInput[] | PersonUncheckedCreateWithoutMentorInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutMentorInput | PersonCreateOrConnectWithoutMentorInput[]
    createMany?: PersonCreateManyMentorInputEnvelope
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type PersonCreateNestedOneWithoutSpouseOfInput = {
    create?: XOR<PersonCreateWithoutSpouseOfInput, PersonUncheckedCreateWithoutSpouseOfInput>
    connectOrCreate?: PersonCreateOrConnectWithoutSpouseOfInput
    connect?: PersonWhereUniqueInput
  }

  export type PersonCreateNestedOneWithoutSpouseInput = {
    create?: XOR<PersonCreateWithoutSpouseInput, PersonUncheckedCreateWithoutSpouseInput>
    connectOrCreate?: PersonCreateOrConnectWithoutSpouseInput
    connect?: PersonWhereUniqueInput
  }

  export type PersonCreateNestedManyWithoutFollowingInput = {
    create?: XOR<PersonCreateWithoutFollowingInput, PersonUncheckedCreateWithoutFollowingInput> | PersonCreateWithoutFollowingInput[] | PersonUncheckedCreateWithoutFollowingInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowingInput | PersonCreateOrConnectWithoutFollowingInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type PersonCreateNestedManyWithoutFollowersInput = {
    create?: XOR<PersonCreateWithoutFollowersInput, PersonUncheckedCreateWithoutFollowersInput> | PersonCreateWithoutFollowersInput[] | PersonUncheckedCreateWithoutFollowersInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowersInput | PersonCreateOrConnectWithoutFollowersInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type PersonUncheckedCreateNestedManyWithoutMentorInput = {
    create?: XOR<PersonCreateWithoutMentorInput, PersonUncheckedCreateWithoutMentorInput> | PersonCreateWithoutMentorInput[] | PersonUncheckedCreateWithoutMentorInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutMentorInput | PersonCreateOrConnectWithoutMentorInput[]
    createMany?: PersonCreateManyMentorInputEnvelope
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type PersonUncheckedCreateNestedOneWithoutSpouseInput = {
    create?: XOR<PersonCreateWithoutSpouseInput, PersonUncheckedCreateWithoutSpouseInput>
    connectOrCreate?: PersonCreateOrConnectWithoutSpouseInput
    connect?: PersonWhereUniqueInput
  }

  export type PersonUncheckedCreateNestedManyWithoutFollowingInput = {
    create?: XOR<PersonCreateWithoutFollowingInput, PersonUncheckedCreateWithoutFollowingInput> | PersonCreateWithoutFollowingInput[] | PersonUncheckedCreateWithoutFollowingInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowingInput | PersonCreateOrConnectWithoutFollowingInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type PersonUncheckedCreateNestedManyWithoutFollowersInput = {
    create?: XOR<PersonCreateWithoutFollowersInput, PersonUncheckedCreateWithoutFollowersInput> | PersonCreateWithoutFollowersInput[] | PersonUncheckedCreateWithoutFollowersInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowersInput | PersonCreateOrConnectWithoutFollowersInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
  }

  export type StringFieldUpdateOperationsInput = {
    set?: string
  }

  export type PersonUpdateOneWithoutMenteesNestedInput = {
    create?: XOR<PersonCreateWithoutMenteesInput, PersonUncheckedCreateWithoutMenteesInput>
    connectOrCreate?: PersonCreateOrConnectWithoutMenteesInput
    upsert?: PersonUpsertWithoutMenteesInput
    disconnect?: PersonWhereInput | boolean
    delete?: PersonWhereInput | boolean
    connect?: PersonWhereUniqueInput
    update?: XOR<XOR<PersonUpdateToOneWithWhereWithoutMenteesInput, PersonUpdateWithoutMenteesInput>, PersonUncheckedUpdateWithoutMenteesInput>
  }

  export type PersonUpdateManyWithoutMentorNestedInput = {
    create?: XOR<PersonCreateWithoutMentorInput, PersonUncheckedCreateWithoutMentorInput> | PersonCreateWithoutMentorInput[] | PersonUncheckedCreateWithoutMentorInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutMentorInput | PersonCreateOrConnectWithoutMentorInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutMentorInput | PersonUpsertWithWhereUniqueWithoutMentorInput[]
    createMany?: PersonCreateManyMentorInputEnvelope
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutMentorInput | PersonUpdateWithWhereUniqueWithoutMentorInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutMentorInput | PersonUpdateManyWithWhereWithoutMentorInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
  }

  export type PersonUpdateOneWithoutSpouseOfNestedInput = {
    create?: XOR<PersonCreateWithoutSpouseOfInput, PersonUncheckedCreateWithoutSpouseOfInput>
    connectOrCreate?: PersonCreateOrConnectWithoutSpouseOfInput
    upsert?: PersonUpsertWithoutSpouseOfInput
    disconnect?: PersonWhereInput | boolean
    delete?: PersonWhereInput | boolean
    connect?: PersonWhereUniqueInput
    update?: XOR<XOR<PersonUpdateToOneWithWhereWithoutSpouseOfInput, PersonUpdateWithoutSpouseOfInput>, PersonUncheckedUpdateWithoutSpouseOfInput>
  }

  export type PersonUpdateOneWithoutSpouseNestedInput = {
    create?: XOR<PersonCreateWithoutSpouseInput, PersonUncheckedCreateWithoutSpouseInput>
    connectOrCreate?: PersonCreateOrConnectWithoutSpouseInput
    upsert?: PersonUpsertWithoutSpouseInput
    disconnect?: PersonWhereInput | boolean
    delete?: PersonWhereInput | boolean
    connect?: PersonWhereUniqueInput
    update?: XOR<XOR<PersonUpdateToOneWithWhereWithoutSpouseInput, PersonUpdateWithoutSpouseInput>, PersonUncheckedUpdateWithoutSpouseInput>
  }

  export type PersonUpdateManyWithoutFollowingNestedInput = {
    create?: XOR<PersonCreateWithoutFollowingInput, PersonUncheckedCreateWithoutFollowingInput> | PersonCreateWithoutFollowingInput[] | PersonUncheckedCreateWithoutFollowingInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowingInput | PersonCreateOrConnectWithoutFollowingInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutFollowingInput | PersonUpsertWithWhereUniqueWithoutFollowingInput[]
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutFollowingInput | PersonUpdateWithWhereUniqueWithoutFollowingInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutFollowingInput | PersonUpdateManyWithWhereWithoutFollowingInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
  }

  export type PersonUpdateManyWithoutFollowersNestedInput = {
    create?: XOR<PersonCreateWithoutFollowersInput, PersonUncheckedCreateWithoutFollowersInput> | PersonCreateWithoutFollowersInput[] | PersonUncheckedCreateWithoutFollowersInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowersInput | PersonCreateOrConnectWithoutFollowersInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutFollowersInput | PersonUpsertWithWhereUniqueWithoutFollowersInput[]
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutFollowersInput | PersonUpdateWithWhereUniqueWithoutFollowersInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutFollowersInput | PersonUpdateManyWithWhereWithoutFollowersInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
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

  export type PersonUncheckedUpdateManyWithoutMentorNestedInput = {
    create?: XOR<PersonCreateWithoutMentorInput, PersonUncheckedCreateWithoutMentorInput> | PersonCreateWithoutMentorInput[] | PersonUncheckedCreateWithoutMentorInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutMentorInput | PersonCreateOrConnectWithoutMentorInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutMentorInput | PersonUpsertWithWhereUniqueWithoutMentorInput[]
    createMany?: PersonCreateManyMentorInputEnvelope
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutMentorInput | PersonUpdateWithWhereUniqueWithoutMentorInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutMentorInput | PersonUpdateManyWithWhereWithoutMentorInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
  }

  export type PersonUncheckedUpdateOneWithoutSpouseNestedInput = {
    create?: XOR<PersonCreateWithoutSpouseInput, PersonUncheckedCreateWithoutSpouseInput>
    connectOrCreate?: PersonCreateOrConnectWithoutSpouseInput
    upsert?: PersonUpsertWithoutSpouseInput
    disconnect?: PersonWhereInput | boolean
    delete?: PersonWhereInput | boolean
    connect?: PersonWhereUniqueInput
    update?: XOR<XOR<PersonUpdateToOneWithWhereWithoutSpouseInput, PersonUpdateWithoutSpouseInput>, PersonUncheckedUpdateWithoutSpouseInput>
  }

  export type PersonUncheckedUpdateManyWithoutFollowingNestedInput = {
    create?: XOR<PersonCreateWithoutFollowingInput, PersonUncheckedCreateWithoutFollowingInput> | PersonCreateWithoutFollowingInput[] | PersonUncheckedCreateWithoutFollowingInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowingInput | PersonCreateOrConnectWithoutFollowingInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutFollowingInput | PersonUpsertWithWhereUniqueWithoutFollowingInput[]
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutFollowingInput | PersonUpdateWithWhereUniqueWithoutFollowingInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutFollowingInput | PersonUpdateManyWithWhereWithoutFollowingInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
  }

  export type PersonUncheckedUpdateManyWithoutFollowersNestedInput = {
    create?: XOR<PersonCreateWithoutFollowersInput, PersonUncheckedCreateWithoutFollowersInput> | PersonCreateWithoutFollowersInput[] | PersonUncheckedCreateWithoutFollowersInput[]
    connectOrCreate?: PersonCreateOrConnectWithoutFollowersInput | PersonCreateOrConnectWithoutFollowersInput[]
    upsert?: PersonUpsertWithWhereUniqueWithoutFollowersInput | PersonUpsertWithWhereUniqueWithoutFollowersInput[]
    set?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    disconnect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    delete?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    connect?: PersonWhereUniqueInput | PersonWhereUniqueInput[]
    update?: PersonUpdateWithWhereUniqueWithoutFollowersInput | PersonUpdateWithWhereUniqueWithoutFollowersInput[]
    updateMany?: PersonUpdateManyWithWhereWithoutFollowersInput | PersonUpdateManyWithWhereWithoutFollowersInput[]
    deleteMany?: PersonScalarWhereInput | PersonScalarWhereInput[]
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

  export type PersonCreateWithoutMenteesInput = {
    name: string
    mentor?: PersonCreateNestedOneWithoutMenteesInput
    spouse?: PersonCreateNestedOneWithoutSpouseOfInput
    spouseOf?: PersonCreateNestedOneWithoutSpouseInput
    followers?: PersonCreateNestedManyWithoutFollowingInput
    following?: PersonCreateNestedManyWithoutFollowersInput
  }

  export type PersonUncheckedCreateWithoutMenteesInput = {
    id?: number
    name: string
    mentorId?: number | null
    spouseId?: number | null
    spouseOf?: PersonUncheckedCreateNestedOneWithoutSpouseInput
    followers?: PersonUncheckedCreateNestedManyWithoutFollowingInput
    following?: PersonUncheckedCreateNestedManyWithoutFollowersInput
  }

  export type PersonCreateOrConnectWithoutMenteesInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutMenteesInput, PersonUncheckedCreateWithoutMenteesInput>
  }

  export type PersonCreateWithoutMentorInput = {
    name: string
    mentees?: PersonCreateNestedManyWithoutMentorInput
    spouse?: PersonCreateNestedOneWithoutSpouseOfInput
    spouseOf?: PersonCreateNestedOneWithoutSpouseInput
    followers?: PersonCreateNestedManyWithoutFollowingInput
    following?: PersonCreateNestedManyWithoutFollowersInput
  }

  export type PersonUncheckedCreateWithoutMentorInput = {
    id?: number
    name: string
    spouseId?: number | null
    mentees?: PersonUncheckedCreateNestedManyWithoutMentorInput
    spouseOf?: PersonUncheckedCreateNestedOneWithoutSpouseInput
    followers?: PersonUncheckedCreateNestedManyWithoutFollowingInput
    following?: PersonUncheckedCreateNestedManyWithoutFollowersInput
  }

  export type PersonCreateOrConnectWithoutMentorInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutMentorInput, PersonUncheckedCreateWithoutMentorInput>
  }

  export type PersonCreateManyMentorInputEnvelope = {
    data: PersonCreateManyMentorInput | PersonCreateManyMentorInput[]
  }

  export type PersonCreateWithoutSpouseOfInput = {
    name: string
    mentor?: PersonCreateNestedOneWithoutMenteesInput
    mentees?: PersonCreateNestedManyWithoutMentorInput
    spouse?: PersonCreateNestedOneWithoutSpouseOfInput
    followers?: PersonCreateNestedManyWithoutFollowingInput
    following?: PersonCreateNestedManyWithoutFollowersInput
  }

  export type PersonUncheckedCreateWithoutSpouseOfInput = {
    id?: number
    name: string
    mentorId?: number | null
    spouseId?: number | null
    mentees?: PersonUncheckedCreateNestedManyWithoutMentorInput
    followers?: PersonUncheckedCreateNestedManyWithoutFollowingInput
    following?: PersonUncheckedCreateNestedManyWithoutFollowersInput
  }

  export type PersonCreateOrConnectWithoutSpouseOfInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutSpouseOfInput, PersonUncheckedCreateWithoutSpouseOfInput>
  }

  export type PersonCreateWithoutSpouseInput = {
    name: string
    mentor?: PersonCreateNestedOneWithoutMenteesInput
    mentees?: PersonCreateNestedManyWithoutMentorInput
    spouseOf?: PersonCreateNestedOneWithoutSpouseInput
    followers?: PersonCreateNestedManyWithoutFollowingInput
    following?: PersonCreateNestedManyWithoutFollowersInput
  }

  export type PersonUncheckedCreateWithoutSpouseInput = {
    id?: number
    name: string
    mentorId?: number | null
    mentees?: PersonUncheckedCreateNestedManyWithoutMentorInput
    spouseOf?: PersonUncheckedCreateNestedOneWithoutSpouseInput
    followers?: PersonUncheckedCreateNestedManyWithoutFollowingInput
    following?: PersonUncheckedCreateNestedManyWithoutFollowersInput
  }

  export type PersonCreateOrConnectWithoutSpouseInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutSpouseInput, PersonUncheckedCreateWithoutSpouseInput>
  }

  export type PersonCreateWithoutFollowingInput = {
    name: string
    mentor?: PersonCreateNestedOneWithoutMenteesInput
    mentees?: PersonCreateNestedManyWithoutMentorInput
    spouse?: PersonCreateNestedOneWithoutSpouseOfInput
    spouseOf?: PersonCreateNestedOneWithoutSpouseInput
    followers?: PersonCreateNestedManyWithoutFollowingInput
  }

  export type PersonUncheckedCreateWithoutFollowingInput = {
    id?: number
    name: string
    mentorId?: number | null
    spouseId?: number | null
    mentees?: PersonUncheckedCreateNestedManyWithoutMentorInput
    spouseOf?: PersonUncheckedCreateNestedOneWithoutSpouseInput
    followers?: PersonUncheckedCreateNestedManyWithoutFollowingInput
  }

  export type PersonCreateOrConnectWithoutFollowingInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutFollowingInput, PersonUncheckedCreateWithoutFollowingInput>
  }

  export type PersonCreateWithoutFollowersInput = {
    name: string
    mentor?: PersonCreateNestedOneWithoutMenteesInput
    mentees?: PersonCreateNestedManyWithoutMentorInput
    spouse?: PersonCreateNestedOneWithoutSpouseOfInput
    spouseOf?: PersonCreateNestedOneWithoutSpouseInput
    following?: PersonCreateNestedManyWithoutFollowersInput
  }

  export type PersonUncheckedCreateWithoutFollowersInput = {
    id?: number
    name: string
    mentorId?: number | null
    spouseId?: number | null
    mentees?: PersonUncheckedCreateNestedManyWithoutMentorInput
    spouseOf?: PersonUncheckedCreateNestedOneWithoutSpouseInput
    following?: PersonUncheckedCreateNestedManyWithoutFollowersInput
  }

  export type PersonCreateOrConnectWithoutFollowersInput = {
    where: PersonWhereUniqueInput
    create: XOR<PersonCreateWithoutFollowersInput, PersonUncheckedCreateWithoutFollowersInput>
  }

  export type PersonUpsertWithoutMenteesInput = {
    update: XOR<PersonUpdateWithoutMenteesInput, PersonUncheckedUpdateWithoutMenteesInput>
    create: XOR<PersonCreateWithoutMenteesInput, PersonUncheckedCreateWithoutMenteesInput>
    where?: PersonWhereInput
  }

  export type PersonUpdateToOneWithWhereWithoutMenteesInput = {
    where?: PersonWhereInput
    data: XOR<PersonUpdateWithoutMenteesInput, PersonUncheckedUpdateWithoutMenteesInput>
  }

  export type PersonUpdateWithoutMenteesInput = {
    name?: StringFieldUpdateOperationsInput | string
    mentor?: PersonUpdateOneWithoutMenteesNestedInput
    spouse?: PersonUpdateOneWithoutSpouseOfNestedInput
    spouseOf?: PersonUpdateOneWithoutSpouseNestedInput
    followers?: PersonUpdateManyWithoutFollowingNestedInput
    following?: PersonUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateWithoutMenteesInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseOf?: PersonUncheckedUpdateOneWithoutSpouseNestedInput
    followers?: PersonUncheckedUpdateManyWithoutFollowingNestedInput
    following?: PersonUncheckedUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUpsertWithWhereUniqueWithoutMentorInput = {
    where: PersonWhereUniqueInput
    update: XOR<PersonUpdateWithoutMentorInput, PersonUncheckedUpdateWithoutMentorInput>
    create: XOR<PersonCreateWithoutMentorInput, PersonUncheckedCreateWithoutMentorInput>
  }

  export type PersonUpdateWithWhereUniqueWithoutMentorInput = {
    where: PersonWhereUniqueInput
    data: XOR<PersonUpdateWithoutMentorInput, PersonUncheckedUpdateWithoutMentorInput>
  }

  export type PersonUpdateManyWithWhereWithoutMentorInput = {
    where: PersonScalarWhereInput
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyWithoutMentorInput>
  }

  export type PersonScalarWhereInput = {
    AND?: PersonScalarWhereInput | PersonScalarWhereInput[]
    OR?: PersonScalarWhereInput[]
    NOT?: PersonScalarWhereInput | PersonScalarWhereInput[]
    id?: IntFilter<"Person"> | number
    name?: StringFilter<"Person"> | string
    mentorId?: IntNullableFilter<"Person"> | number | null
    spouseId?: IntNullableFilter<"Person"> | number | null
  }

  export type PersonUpsertWithoutSpouseOfInput = {
    update: XOR<PersonUpdateWithoutSpouseOfInput, PersonUncheckedUpdateWithoutSpouseOfInput>
    create: XOR<PersonCreateWithoutSpouseOfInput, PersonUncheckedCreateWithoutSpouseOfInput>
    where?: PersonWhereInput
  }

  export type PersonUpdateToOneWithWhereWithoutSpouseOfInput = {
    where?: PersonWhereInput
    data: XOR<PersonUpdateWithoutSpouseOfInput, PersonUncheckedUpdateWithoutSpouseOfInput>
  }

  export type PersonUpdateWithoutSpouseOfInput = {
    name?: StringFieldUpdateOperationsInput | string
    mentor?: PersonUpdateOneWithoutMenteesNestedInput
    mentees?: PersonUpdateManyWithoutMentorNestedInput
    spouse?: PersonUpdateOneWithoutSpouseOfNestedInput
    followers?: PersonUpdateManyWithoutFollowingNestedInput
    following?: PersonUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateWithoutSpouseOfInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
    mentees?: PersonUncheckedUpdateManyWithoutMentorNestedInput
    followers?: PersonUncheckedUpdateManyWithoutFollowingNestedInput
    following?: PersonUncheckedUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUpsertWithoutSpouseInput = {
    update: XOR<PersonUpdateWithoutSpouseInput, PersonUncheckedUpdateWithoutSpouseInput>
    create: XOR<PersonCreateWithoutSpouseInput, PersonUncheckedCreateWithoutSpouseInput>
    where?: PersonWhereInput
  }

  export type PersonUpdateToOneWithWhereWithoutSpouseInput = {
    where?: PersonWhereInput
    data: XOR<PersonUpdateWithoutSpouseInput, PersonUncheckedUpdateWithoutSpouseInput>
  }

  export type PersonUpdateWithoutSpouseInput = {
    name?: StringFieldUpdateOperationsInput | string
    mentor?: PersonUpdateOneWithoutMenteesNestedInput
    mentees?: PersonUpdateManyWithoutMentorNestedInput
    spouseOf?: PersonUpdateOneWithoutSpouseNestedInput
    followers?: PersonUpdateManyWithoutFollowingNestedInput
    following?: PersonUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateWithoutSpouseInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    mentees?: PersonUncheckedUpdateManyWithoutMentorNestedInput
    spouseOf?: PersonUncheckedUpdateOneWithoutSpouseNestedInput
    followers?: PersonUncheckedUpdateManyWithoutFollowingNestedInput
    following?: PersonUncheckedUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUpsertWithWhereUniqueWithoutFollowingInput = {
    where: PersonWhereUniqueInput
    update: XOR<PersonUpdateWithoutFollowingInput, PersonUncheckedUpdateWithoutFollowingInput>
    create: XOR<PersonCreateWithoutFollowingInput, PersonUncheckedCreateWithoutFollowingInput>
  }

  export type PersonUpdateWithWhereUniqueWithoutFollowingInput = {
    where: PersonWhereUniqueInput
    data: XOR<PersonUpdateWithoutFollowingInput, PersonUncheckedUpdateWithoutFollowingInput>
  }

  export type PersonUpdateManyWithWhereWithoutFollowingInput = {
    where: PersonScalarWhereInput
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyWithoutFollowingInput>
  }

  export type PersonUpsertWithWhereUniqueWithoutFollowersInput = {
    where: PersonWhereUniqueInput
    update: XOR<PersonUpdateWithoutFollowersInput, PersonUncheckedUpdateWithoutFollowersInput>
    create: XOR<PersonCreateWithoutFollowersInput, PersonUncheckedCreateWithoutFollowersInput>
  }

  export type PersonUpdateWithWhereUniqueWithoutFollowersInput = {
    where: PersonWhereUniqueInput
    data: XOR<PersonUpdateWithoutFollowersInput, PersonUncheckedUpdateWithoutFollowersInput>
  }

  export type PersonUpdateManyWithWhereWithoutFollowersInput = {
    where: PersonScalarWhereInput
    data: XOR<PersonUpdateManyMutationInput, PersonUncheckedUpdateManyWithoutFollowersInput>
  }

  export type PersonCreateManyMentorInput = {
    id?: number
    name: string
    spouseId?: number | null
  }

  export type PersonUpdateWithoutMentorInput = {
    name?: StringFieldUpdateOperationsInput | string
    mentees?: PersonUpdateManyWithoutMentorNestedInput
    spouse?: PersonUpdateOneWithoutSpouseOfNestedInput
    spouseOf?: PersonUpdateOneWithoutSpouseNestedInput
    followers?: PersonUpdateManyWithoutFollowingNestedInput
    following?: PersonUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateWithoutMentorInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
    mentees?: PersonUncheckedUpdateManyWithoutMentorNestedInput
    spouseOf?: PersonUncheckedUpdateOneWithoutSpouseNestedInput
    followers?: PersonUncheckedUpdateManyWithoutFollowingNestedInput
    following?: PersonUncheckedUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateManyWithoutMentorInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
  }

  export type PersonUpdateWithoutFollowingInput = {
    name?: StringFieldUpdateOperationsInput | string
    mentor?: PersonUpdateOneWithoutMenteesNestedInput
    mentees?: PersonUpdateManyWithoutMentorNestedInput
    spouse?: PersonUpdateOneWithoutSpouseOfNestedInput
    spouseOf?: PersonUpdateOneWithoutSpouseNestedInput
    followers?: PersonUpdateManyWithoutFollowingNestedInput
  }

  export type PersonUncheckedUpdateWithoutFollowingInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
    mentees?: PersonUncheckedUpdateManyWithoutMentorNestedInput
    spouseOf?: PersonUncheckedUpdateOneWithoutSpouseNestedInput
    followers?: PersonUncheckedUpdateManyWithoutFollowingNestedInput
  }

  export type PersonUncheckedUpdateManyWithoutFollowingInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
  }

  export type PersonUpdateWithoutFollowersInput = {
    name?: StringFieldUpdateOperationsInput | string
    mentor?: PersonUpdateOneWithoutMenteesNestedInput
    mentees?: PersonUpdateManyWithoutMentorNestedInput
    spouse?: PersonUpdateOneWithoutSpouseOfNestedInput
    spouseOf?: PersonUpdateOneWithoutSpouseNestedInput
    following?: PersonUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateWithoutFollowersInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
    mentees?: PersonUncheckedUpdateManyWithoutMentorNestedInput
    spouseOf?: PersonUncheckedUpdateOneWithoutSpouseNestedInput
    following?: PersonUncheckedUpdateManyWithoutFollowersNestedInput
  }

  export type PersonUncheckedUpdateManyWithoutFollowersInput = {
    id?: IntFieldUpdateOperationsInput | number
    name?: StringFieldUpdateOperationsInput | string
    mentorId?: NullableIntFieldUpdateOperationsInput | number | null
    spouseId?: NullableIntFieldUpdateOperationsInput | number | null
  }

  export type BatchPayload = {
    count: number
  }
}
