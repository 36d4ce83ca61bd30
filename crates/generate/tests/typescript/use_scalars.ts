// Compiled by `tests/typescript.rs` against `tests/generate/scalars.prisma` and
// `compound.prisma`: every scalar type's inputs and outputs, and compound unique keys.
import { PrismaClient, Prisma, Everything } from './scalars'
import { PrismaClient as CompoundClient } from './compound'

const prisma = new PrismaClient()
const compound = new CompoundClient()

export async function main(): Promise<void> {
  const row: Everything = await prisma.everything.create({
    data: {
      int: 1,
      bigInt: 2n,
      decimal: '10.5',
      json: { a: [1, 'b', null] },
      optJson: Prisma.DbNull,
      bytes: new Uint8Array([1, 2]),
      text: 'x',
      date: new Date(),
      optDate: '2024-01-01T00:00:00.000Z',
    },
  })
  const big: bigint = row.bigInt
  const dec: Prisma.Decimal = row.decimal
  const json: Prisma.JsonValue = row.json
  const bytes: Uint8Array = row.bytes
  const date: Date = row.date
  const maybe: number | null = row.optInt
  await prisma.everything.updateMany({
    where: { bigInt: { gte: 1 }, decimal: { lt: 3 }, bytes: { equals: new Uint8Array([1]) }, json: { equals: Prisma.AnyNull } },
    data: { int: { increment: 1 }, bigInt: { multiply: 2 }, optFloat: null, decimal: { decrement: '0.5' }, json: Prisma.JsonNull },
  })
  await compound.membership.findUnique({ where: { orgId_userId: { orgId: 1, userId: 2 } } })
  await compound.grant.findUnique({ where: { grantKey: { orgId: 1, userId: 2, scope: 'read' } } })
  await compound.sku.delete({ where: { ref: { vendor: 'acme', code: 'A1' } } })
  await compound.grant.create({ data: { scope: 'write', member: { connect: { orgId_userId: { orgId: 1, userId: 2 } } } } })
  void [big, dec, json, bytes, date, maybe]

  // @ts-expect-error a compound key needs all its fields
  await compound.sku.findUnique({ where: { ref: { vendor: 'acme' } } })
  // @ts-expect-error Bytes are not strings
  await prisma.everything.create({ data: { int: 1, bigInt: 1, decimal: 1, json: 1, bytes: 'AQI=', text: 'x' } })
}
