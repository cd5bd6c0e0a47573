// Runs the jobs that are due in this process: called after an action's transaction commits so a
// notification's email normally goes out at once, and by the background loop and the worker.
// Never throws: what fails stays in the queue and is retried later.
import "server-only";
import { db } from "@/lib/db";
import { jobHandlers } from "./handlers";
import { runJobs, type RunResult } from "@/lib/jobs/queue";

/** `shouldStop` (the background loop on shutdown) ends the run after the job being worked. */
export async function processPendingJobs({ shouldStop }: { shouldStop?: () => boolean } = {}): Promise<RunResult> {
  try {
    return await runJobs(db, jobHandlers, { shouldStop });
  } catch (error) {
    console.error("Processing queued jobs failed", { error });
    return { done: 0, failed: 0 };
  }
}
