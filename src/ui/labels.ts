/** Words the cards show for each type (English; the popup's locale files can take these over). */
import type { MentionType } from "../core/types";

export const TYPE_LABELS: Record<MentionType, string> = {
  person: "Person",
  place: "Place",
  organization: "Organization",
  event: "Event",
  nationality: "Nationality",
  money: "Money",
  percent: "Percentage",
  quantity: "Quantity",
  date: "Date",
  duration: "Duration",
  number: "Number",
};
