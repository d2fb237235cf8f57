// Asking again when the server is busy. A 429 (every model call taken, the queue full) or a 503
// (the server restarting) says in Retry-After when to come back: the page says so and asks again
// then, until the answer comes, the attempts run out, or Stop is pressed.

const MAX_ATTEMPTS = 10;
const MAX_WAIT_SECONDS = 60;

function retryAfterSeconds(response) {
  const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, MAX_WAIT_SECONDS) : 5;
}

function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Stopped while waiting to ask again', 'AbortError'));
    }, { once: true });
  });
}

// fetch(), asked again while the server answers 429 or 503; `onWait(seconds)` is told each wait.
export async function fetchWhenFree(url, options, onWait) {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, options);
    if ((response.status !== 429 && response.status !== 503) || attempt >= MAX_ATTEMPTS) return response;
    const seconds = retryAfterSeconds(response);
    response.body?.cancel().catch(() => {});
    onWait(seconds);
    await pause(seconds * 1000, options.signal);
  }
}
