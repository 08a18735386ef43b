/**
 * Runs `before` on each request a simulator records, as it arrives and before
 * the simulator handles it (as another till or the web app would act in between);
 * answers the undo. The simulators record a request into `requests` first thing.
 */
export function beforeHandling<T>(requests: T[], before: (request: T) => void): () => void {
  const push = requests.push;
  requests.push = (...items: T[]) => {
    for (const item of items) before(item);
    return push.apply(requests, items);
  };
  return () => {
    requests.push = push;
  };
}
