-- DropIndex
DROP INDEX "M_a_idx";

