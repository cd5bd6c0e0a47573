// Energy use per month, the SIINas fields of the profile's capacity step (step 3): electricity in
// kWh, fuel and gas each with its unit. All optional; an amount needs its unit, and a unit chosen
// without an amount is not kept (the database allows a unit only with its amount). Errors are
// message keys. Pure.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { FuelUnit, GasUnit } from "@/lib/generated/prisma/enums";

export const fuelUnits = Object.values(FuelUnit);
export const gasUnits = Object.values(GasUnit);

/** The unit as written in the SIINas download (a symbol, the same in every language). */
export const energyUnitSymbols: Record<FuelUnit | GasUnit, string> = { LITER: "liter", KILOGRAM: "kg", CUBIC_METRE: "m³" };

/** A whole amount typed in a field ("1.500" is fifteen hundred); empty means not given (null). */
function energyAmount() {
  return z
    .string({ message: "EnterpriseProfile.errors.energyInvalid" })
    .optional()
    .transform((raw, context) => {
      const value = (raw ?? "").trim().replace(/\./g, "");
      if (value === "") return null;
      if (/^-\s*\d+([,]\d+)?$/.test(value)) {
        context.addIssue({ code: "custom", message: "EnterpriseProfile.errors.energyNegative" });
        return z.NEVER;
      }
      if (!/^\d{1,9}$/.test(value)) {
        context.addIssue({ code: "custom", message: "EnterpriseProfile.errors.energyInvalid" });
        return z.NEVER;
      }
      return Number(value);
    });
}

function energyUnit<const T extends readonly [string, ...string[]]>(units: T, message: string) {
  return z
    .string()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(z.enum(units, { message }).nullable());
}

export const energyFields = {
  electricityKwhPerMonth: energyAmount(),
  fuelPerMonth: energyAmount(),
  fuelUnit: energyUnit(fuelUnits as [FuelUnit, ...FuelUnit[]], "EnterpriseProfile.errors.fuelUnitUnknown"),
  gasPerMonth: energyAmount(),
  gasUnit: energyUnit(gasUnits as [GasUnit, ...GasUnit[]], "EnterpriseProfile.errors.gasUnitUnknown"),
};

type EnergyFields = {
  electricityKwhPerMonth: number | null;
  fuelPerMonth: number | null;
  fuelUnit: FuelUnit | null;
  gasPerMonth: number | null;
  gasUnit: GasUnit | null;
};

/** An amount of fuel or gas needs its unit; they run with the step's other rules (all errors at once). */
export const energyRules = [
  crossFieldRule<EnergyFields>(["fuelPerMonth", "fuelUnit"], (input, issue) => {
    if (input.fuelPerMonth !== null && input.fuelUnit === null) issue("fuelUnit", "EnterpriseProfile.errors.fuelUnitRequired");
  }),
  crossFieldRule<EnergyFields>(["gasPerMonth", "gasUnit"], (input, issue) => {
    if (input.gasPerMonth !== null && input.gasUnit === null) issue("gasUnit", "EnterpriseProfile.errors.gasUnitRequired");
  }),
] as const;

/** What is stored: a unit only where there is an amount. */
export function energyValues(input: EnergyFields): EnergyFields {
  return {
    electricityKwhPerMonth: input.electricityKwhPerMonth,
    fuelPerMonth: input.fuelPerMonth,
    fuelUnit: input.fuelPerMonth === null ? null : input.fuelUnit,
    gasPerMonth: input.gasPerMonth,
    gasUnit: input.gasPerMonth === null ? null : input.gasUnit,
  };
}
