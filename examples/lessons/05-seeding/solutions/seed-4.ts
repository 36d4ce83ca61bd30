import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

// 1. Purge: empty the tables, children before parents (a Post points to its User).
await prisma.post.deleteMany()
await prisma.user.deleteMany()

// 2. Mass insert: many rows in one statement.
await prisma.user.createMany({
  data: [
    { email: 'ada@example.com', name: 'Ada' },
    { email: 'grace@example.com', name: 'Grace' },
    { email: 'alan@example.com', name: 'Alan' },
    { email: 'katherine@example.com', name: 'Katherine' },
  ],
})

const ada = await prisma.user.findUnique({ where: { email: 'ada@example.com' } })
await prisma.post.createMany({
  data: [
    { title: 'Hello, world', authorId: ada.id },
    { title: 'Why seed a database?', authorId: ada.id },
  ],
})

console.log('Seeded 4 users and 2 posts')
