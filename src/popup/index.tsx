// Placeholder entry: replaced by the popup work.
export {};
