import { afterAll } from "vitest";
import { flushCapture } from "./capture.js";

// Every test file writes what it captured before its process may be reused or killed:
// the secrets sweep runs after the last file and reads only what reached the disk.
afterAll(() => flushCapture());
