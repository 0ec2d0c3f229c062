/**
 * Unit conversion between the metric and imperial/US systems. Every factor is exact by definition
 * (international yard and pound, 1959; US liquid gallon = 231 cubic inches; barrel = 42 US gallons),
 * except temperature, which is a formula.
 */

export interface UnitConversion {
  value: number;
  unit: string;
  /** Why the factor holds, for the card's source line. */
  basis: string;
}

const YARD_POUND = "exact by the international yard and pound agreement (1959)";
const US_GALLON = "exact: US gallon = 231 cubic inches (1959 inch)";

/** unit → [target unit, factor (target per source unit), basis] */
const FACTORS: Record<string, [string, number, string]> = {
  km: ["mi", 1 / 1.609344, YARD_POUND],
  mi: ["km", 1.609344, YARD_POUND],
  nmi: ["km", 1.852, "exact by international definition (1929)"],
  m: ["ft", 1 / 0.3048, YARD_POUND],
  ft: ["m", 0.3048, YARD_POUND],
  yd: ["m", 0.9144, YARD_POUND],
  cm: ["in", 1 / 2.54, YARD_POUND],
  mm: ["in", 1 / 25.4, YARD_POUND],
  in: ["cm", 2.54, YARD_POUND],
  kg: ["lb", 1 / 0.45359237, YARD_POUND],
  lb: ["kg", 0.45359237, YARD_POUND],
  g: ["oz", 1 / 28.349523125, YARD_POUND],
  oz: ["g", 28.349523125, YARD_POUND],
  t: ["lb", 1 / 0.00045359237, YARD_POUND],
  ton: ["t", 0.90718474, "US short ton = 2,000 lb, " + YARD_POUND],
  "km²": ["sq mi", 1 / 2.589988110336, YARD_POUND],
  "sq mi": ["km²", 2.589988110336, YARD_POUND],
  "m²": ["sq ft", 1 / 0.09290304, YARD_POUND],
  "sq ft": ["m²", 0.09290304, YARD_POUND],
  ha: ["acre", 1 / 0.40468564224, YARD_POUND],
  acre: ["ha", 0.40468564224, YARD_POUND],
  L: ["gal", 1 / 3.785411784, US_GALLON],
  gal: ["L", 3.785411784, US_GALLON],
  bbl: ["L", 158.987294928, "exact: oil barrel = 42 US gallons"],
  "m³": ["bbl", 1000 / 158.987294928, "exact: oil barrel = 42 US gallons"],
  cup: ["mL", 236.5882365, "exact: US cup = 8 US fluid ounces"],
  tbsp: ["mL", 14.78676478125, "exact: US tablespoon = ½ US fluid ounce"],
  tsp: ["mL", 4.92892159375, "exact: US teaspoon = ⅙ US fluid ounce"],
  pt: ["mL", 473.176473, "exact: US pint = 16 US fluid ounces"],
  qt: ["L", 0.946352946, "exact: US quart = 2 US pints"],
  "km/h": ["mph", 1 / 1.609344, YARD_POUND],
  mph: ["km/h", 1.609344, YARD_POUND],
  kn: ["km/h", 1.852, "exact: knot = 1 nautical mile per hour"],
};

/** The figure in the other system, or undefined when there is none (counts, currencies). */
export function convertUnit(value: number, unit: string): UnitConversion | undefined {
  if (unit === "°C") return { value: (value * 9) / 5 + 32, unit: "°F", basis: "°F = °C × 9/5 + 32" };
  if (unit === "°F") return { value: ((value - 32) * 5) / 9, unit: "°C", basis: "°C = (°F − 32) × 5/9" };
  const f = FACTORS[unit];
  return f ? { value: value * f[1], unit: f[0], basis: f[2] } : undefined;
}

/** Metres per unit of length, for landmark comparisons. */
const METRES: Record<string, number> = { km: 1000, m: 1, cm: 0.01, mm: 0.001, mi: 1609.344, ft: 0.3048, yd: 0.9144, in: 0.0254, nmi: 1852 };
/** Square kilometres per unit of area. */
const SQUARE_KM: Record<string, number> = { "km²": 1, "sq mi": 2.589988110336, ha: 0.01, acre: 0.0040468564224, "m²": 1e-6, "sq ft": 9.290304e-8 };

export function toMetres(value: number, unit: string): number | undefined {
  const f = METRES[unit];
  return f === undefined ? undefined : value * f;
}

export function toSquareKm(value: number, unit: string): number | undefined {
  const f = SQUARE_KM[unit];
  return f === undefined ? undefined : value * f;
}
