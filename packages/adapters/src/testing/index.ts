export { createMemoryPlatform, type MemoryPlatform, type MemoryPlatformOptions } from "./memory-platform.js";
