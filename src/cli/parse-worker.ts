// Entry of a worker thread of `communique parse`: parses the tasks the pool sends, one
// message each, and answers with the same sequence number. Built by tsup as dist/worker.js.
import { parentPort } from "node:worker_threads";
import { runTask, type ParseTask } from "./parse-task.js";

/** A task as the pool sends it: a sequence number to match the answer. */
export interface WorkerRequest {
  readonly seq: number;
  readonly task: ParseTask;
}

/** The answer to a {@link WorkerRequest}. */
export type WorkerResponse = { readonly seq: number } & ReturnType<typeof runTask>;

parentPort?.on("message", (request: WorkerRequest) => {
  const response: WorkerResponse = { seq: request.seq, ...runTask(request.task) };
  parentPort?.postMessage(response);
});
