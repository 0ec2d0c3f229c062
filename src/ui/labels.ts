/** The word a card shows for each type, from the locale files like every other UI string. */
import type { MentionType } from "../core/types";
import { t } from "../shared/i18n";

/** Message keys, one a type; the locale test checks each exists. */
const TYPE_LABEL_KEYS: Record<MentionType, string> = {
  person: "cardType_person",
  place: "cardType_place",
  organization: "cardType_organization",
  event: "cardType_event",
  nationality: "cardType_nationality",
  money: "cardType_money",
  percent: "cardType_percent",
  quantity: "cardType_quantity",
  date: "cardType_date",
  duration: "cardType_duration",
  number: "cardType_number",
};

export function typeLabel(type: MentionType): string {
  const key = TYPE_LABEL_KEYS[type];
  return key ? t(key) : type;
}
