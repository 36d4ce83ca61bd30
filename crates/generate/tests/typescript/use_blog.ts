// Compiled by `tests/typescript.rs` against the declarations generated for
// `tests/generate/blog.prisma`: calls Prisma's documentation shows must type-check, and each
// `@ts-expect-error` line must be rejected (so the types are not merely permissive).
import { PrismaClient, Prisma, Role, User } from './blog'

const prisma = new PrismaClient({ log: ['query'] })

export async function main(): Promise<void> {
  const users: User[] = await prisma.user.findMany({
    where: { email: { contains: 'prisma.io' }, posts: { some: { published: true } }, NOT: { role: Role.ADMIN } },
    include: { posts: { where: { title: { startsWith: 'A' } }, orderBy: { id: 'desc' }, take: 3 }, _count: true },
    orderBy: [{ name: { sort: 'asc', nulls: 'last' } }, { createdAt: 'desc' }],
    skip: 1,
    distinct: ['email'],
  })
  const first: User | null = await prisma.user.findFirst({ where: { profile: { is: { bio: { equals: 'x' } } } } })
  const one: User = await prisma.user.findUniqueOrThrow({ where: { email: 'alice@prisma.io' }, include: { profile: true } })
  await prisma.user.create({
    data: {
      email: 'bob@prisma.io',
      role: 'ADMIN',
      posts: { create: [{ title: 'Hello' }, { title: 'World', published: true }] },
      profile: { create: { bio: 'hi' } },
    },
  })
  await prisma.post.create({ data: { title: 'unchecked', authorId: 1, tags: { connect: [{ name: 'news' }] } } })
  await prisma.post.update({
    where: { id: 1 },
    data: { author: { connect: { email: 'bob@prisma.io' } }, title: { set: 'renamed' }, tags: { disconnect: { id: 2 } } },
  })
  await prisma.user.update({ where: { id: 1 }, data: { profile: { upsert: { create: { bio: 'a' }, update: { bio: 'b' } } } } })
  await prisma.user.upsert({ where: { id: 7 }, create: { email: 'c@d.e' }, update: { name: null } })
  const n: number = await prisma.post.count({ where: { published: true } })
  const agg = await prisma.post.aggregate({ _avg: { id: true }, _count: true, _max: { updatedAt: true } })
  const avg: number | null | undefined = agg._avg?.id
  const groups = await prisma.user.groupBy({ by: ['role'], _count: { _all: true }, having: { id: { _avg: { gt: 1 } } } })
  const [count, deleted] = await prisma.$transaction([prisma.tag.count(), prisma.tag.deleteMany({ where: { posts: { none: {} } } })])
  const total: number = count + deleted.count
  await prisma.$transaction(async (tx) => {
    await tx.post.updateMany({ where: { authorId: 1 }, data: { published: { set: false } } })
  })
  const where: Prisma.PostWhereInput = { OR: [{ content: null }, { content: { not: null } }] }
  void [users, first, one, n, avg, groups, total, where]

  // @ts-expect-error `email` is required to create a User
  await prisma.user.create({ data: { name: 'no email' } })
  // @ts-expect-error checked (`author`) and unchecked (`authorId`) inputs cannot be mixed
  await prisma.post.create({ data: { title: 't', authorId: 1, author: { connect: { id: 1 } } } })
  // @ts-expect-error a unique key is required by findUnique
  await prisma.user.findUnique({ where: { name: 'not unique' } })
  // @ts-expect-error not a Role
  await prisma.user.findMany({ where: { role: 'OWNER' } })
  // @ts-expect-error a required to-one relation cannot be disconnected
  await prisma.post.update({ where: { id: 1 }, data: { author: { disconnect: true } } })
}
