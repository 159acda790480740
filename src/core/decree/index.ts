export * from "./schema";
export * from "./parse";
export * from "./query";
export { BLITAR_2021 } from "./blitar-2021";
