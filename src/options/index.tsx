// Placeholder entry: replaced by the options work.
export {};
