import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

await prisma.post.deleteMany()
await prisma.post.createMany({
  data: [
    { title: 'Server Components fetch on the server' },
    { title: 'Route handlers change data' },
    { title: 'router.refresh() asks for a new payload' },
  ],
})
