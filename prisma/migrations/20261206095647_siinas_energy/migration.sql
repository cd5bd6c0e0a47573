-- CreateEnum
CREATE TYPE "FuelUnit" AS ENUM ('LITER', 'KILOGRAM');

-- CreateEnum
CREATE TYPE "GasUnit" AS ENUM ('KILOGRAM', 'CUBIC_METRE');

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "electricityKwhPerMonth" INTEGER,
ADD COLUMN     "fuelPerMonth" INTEGER,
ADD COLUMN     "fuelUnit" "FuelUnit",
ADD COLUMN     "gasPerMonth" INTEGER,
ADD COLUMN     "gasUnit" "GasUnit";

-- A unit goes with its amount, and amounts are never negative.
ALTER TABLE "Enterprise"
  ADD CONSTRAINT "Enterprise_energy_amounts_check" CHECK (
    ("electricityKwhPerMonth" IS NULL OR "electricityKwhPerMonth" >= 0)
    AND ("fuelPerMonth" IS NULL OR "fuelPerMonth" >= 0)
    AND ("gasPerMonth" IS NULL OR "gasPerMonth" >= 0)
  ),
  ADD CONSTRAINT "Enterprise_fuel_unit_check" CHECK (("fuelPerMonth" IS NULL) = ("fuelUnit" IS NULL)),
  ADD CONSTRAINT "Enterprise_gas_unit_check" CHECK (("gasPerMonth" IS NULL) = ("gasUnit" IS NULL));
