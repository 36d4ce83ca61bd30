-- DropIndex
DROP INDEX "M_a_b_key";

