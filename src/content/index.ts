// Placeholder entry: replaced by the content work.
export {};
