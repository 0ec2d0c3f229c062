// Placeholder entry: replaced by the background work.
export {};
