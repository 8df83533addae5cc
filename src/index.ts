/** Release Guard's library entry: the checker and the block builder. */
export * from "./checker";
