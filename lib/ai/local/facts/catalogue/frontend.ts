import type { Topic } from "@/lib/ai/local/facts/types";

// JavaScript, the browser and web security basics.

export const FRONTEND_TOPICS: Topic[] = [
  {
    id: "js-event-loop",
    name: "the JavaScript event loop",
    triggers: ["javascript", "settimeout", "promise", "promises", "async", "callback", "callbacks", "node"],
    strongTriggers: ["event loop", "microtask", "microtasks", "call stack"],
    facts: [
      {
        id: "single-thread",
        text: "JavaScript runs on one thread with one call stack",
        evidence: [{ groups: [["single-threaded", "single thread", "one thread", "single threaded"]] }],
      },
      {
        id: "microtasks-first",
        text: "Promise callbacks are microtasks, drained before the next macrotask such as a setTimeout callback",
        evidence: [{ groups: [["microtask", "microtasks"]] }],
      },
      {
        id: "stack-empty",
        text: "The loop runs the next queued callback only when the call stack is empty",
        evidence: [{ groups: [["stack"], ["empty", "is clear", "clears"]], maxGap: 3 }],
      },
    ],
    misconceptions: [
      {
        id: "multi-threaded",
        claim: "JavaScript runs callbacks on several threads in parallel",
        correction:
          "JavaScript runs on one thread: callbacks wait in queues and run one at a time when the call stack is empty; only Web Workers add threads",
        patterns: [
          {
            groups: [
              ["javascript", "js"],
              ["is multi-threaded", "multi-threaded", "multithreaded"],
            ],
            maxGap: 3,
          },
          {
            groups: [
              ["javascript", "js", "callback", "callbacks", "engine"],
              ["run", "runs", "execute", "executes", "hands"],
              [
                "multiple threads",
                "on threads",
                "in parallel",
                "simultaneous",
                "simultaneously",
                "many threads",
                "a free thread",
                "worker threads",
              ],
            ],
            maxGap: 5,
            breaks: ["worker", "workers", "libuv", "i/o", "os"],
          },
        ],
      },
      {
        id: "settimeout-immediate",
        claim: "setTimeout with 0 ms runs the callback immediately",
        correction:
          "setTimeout(fn, 0) queues fn as a task: it runs only after the current code and every pending microtask finish, so 0 ms is a minimum, not 'now'",
        patterns: [
          {
            groups: [
              ["settimeout", "timeout", "timer"],
              ["runs", "run", "executes", "calls", "fires", "is called"],
              ["immediately", "synchronously", "right away", "straight away", "instantly"],
            ],
            maxGap: 5,
          },
          {
            groups: [
              ["zero delay", "0 ms", "0ms", "delay of 0", "delay of zero"],
              ["means", "runs", "run"],
              ["immediately", "synchronously", "right away", "nothing to wait"],
            ],
            maxGap: 4,
          },
        ],
      },
      {
        id: "promises-before-sync",
        claim: "promise callbacks run before synchronous code",
        correction:
          "Synchronous code always runs to completion first; promise callbacks are microtasks that run once the call stack is empty, before timers",
        patterns: [
          {
            groups: [
              ["promise", "promises", "then handler", "then callback", "microtask", "microtasks"],
              ["run", "runs", "execute", "executes", "go", "goes"],
              ["before"],
              ["synchronous", "sync", "the synchronous", "console.log", "the rest of the script"],
            ],
            maxGap: 3,
          },
          { groups: [["promises first"], ["then synchronous", "then sync"]], maxGap: 2 },
        ],
      },
    ],
  },
  {
    id: "js-variables",
    name: "var, let and const",
    triggers: ["variable", "variables", "scope", "hoisting", "javascript"],
    strongTriggers: ["var, let and const", "let and const", "temporal dead zone"],
    facts: [
      {
        id: "block-scope",
        text: "let and const are block-scoped; var is function-scoped",
        evidence: [{ groups: [["block-scoped", "block scoped", "block scope"]] }],
      },
    ],
    misconceptions: [
      {
        id: "const-immutable",
        claim: "const makes an object immutable",
        correction:
          "const only stops the variable being reassigned; the object it points to can still be changed, unless you freeze it",
        patterns: [
          {
            groups: [
              ["const"],
              ["makes", "make", "means"],
              ["immutable", "can't be changed", "cannot be changed", "read-only"],
            ],
            maxGap: 4,
            breaks: ["binding", "reassign", "reassigned", "freeze"],
          },
          {
            groups: [
              ["const"],
              ["object", "objects", "array", "arrays"],
              ["can't be modified", "cannot be modified", "can't be changed", "cannot be changed", "immutable"],
            ],
            maxGap: 4,
            breaks: ["reassign", "reassigned", "freeze", "binding"],
          },
        ],
      },
      {
        id: "var-block-scoped",
        claim: "var is block-scoped",
        correction: "var is function-scoped and hoisted; let and const are the block-scoped ones",
        patterns: [
          { groups: [["var"], ["is", "are"], ["block-scoped", "block scoped"]], maxGap: 2, breaks: ["let", "const"] },
        ],
      },
    ],
  },
  {
    id: "css-box-model",
    name: "the CSS box model",
    triggers: ["css", "padding", "border", "margin", "width"],
    strongTriggers: ["box model", "box-sizing", "border-box", "content-box"],
    facts: [
      {
        id: "border-box",
        text: "With box-sizing: border-box, width includes padding and border",
        evidence: [{ groups: [["border-box"], ["include", "includes", "including"], ["padding"]], maxGap: 6 }],
      },
    ],
    misconceptions: [
      {
        id: "border-box-margin",
        claim: "border-box includes the margin in the width",
        correction: "border-box puts padding and border inside the width; margin always sits outside the box",
        patterns: [
          { groups: [["border-box"], ["include", "includes", "including"], ["margin", "margins"]], maxGap: 6 },
        ],
      },
    ],
  },
  {
    id: "cors",
    name: "CORS",
    triggers: ["origin", "domain", "browser", "blocked", "preflight"],
    strongTriggers: ["cors", "cross-origin", "access-control-allow-origin"],
    facts: [
      {
        id: "server-headers",
        text: "The API server allows an origin by sending Access-Control-Allow-Origin and answering the preflight",
        evidence: [{ groups: [["access-control-allow-origin", "allow-origin", "preflight"]] }],
      },
    ],
    misconceptions: [
      {
        id: "cors-protects-server",
        claim: "CORS protects the server from other clients",
        correction:
          "CORS is enforced by browsers to protect users; curl or another server can still call the API, so it is no substitute for authentication",
        patterns: [
          {
            groups: [["cors"], ["protects", "protect", "secures", "secure"], ["server", "api", "backend"]],
            maxGap: 4,
            breaks: ["user", "users", "browser"],
          },
        ],
      },
      {
        id: "cors-fixed-in-frontend",
        claim: "a CORS error is fixed in the frontend code",
        correction:
          "The server decides which origins may read its responses; the fix is the API's CORS headers or a same-origin proxy, not frontend code",
        patterns: [
          {
            groups: [
              ["fix", "fixed", "solve"],
              ["cors"],
              ["in the frontend", "on the client", "in the client", "frontend code"],
            ],
            maxGap: 4,
          },
        ],
      },
    ],
  },
  {
    id: "cookies-csrf",
    name: "cookie attributes and CSRF",
    triggers: ["cookie", "cookies", "csrf", "session"],
    strongTriggers: ["httponly", "samesite", "csrf"],
    facts: [
      {
        id: "httponly-js",
        text: "HttpOnly keeps JavaScript from reading the cookie",
        evidence: [{ groups: [["httponly"], ["javascript", "js", "document.cookie", "scripts"]], maxGap: 6 }],
      },
    ],
    misconceptions: [
      {
        id: "httponly-stops-csrf",
        claim: "HttpOnly prevents CSRF",
        correction:
          "HttpOnly only hides the cookie from JavaScript, which limits XSS theft; the browser still sends it cross-site, so CSRF needs SameSite or a CSRF token",
        patterns: [
          {
            groups: [["httponly"], ["prevents", "prevent", "stops", "stop", "blocks"], ["csrf", "cross-site request"]],
            maxGap: 4,
            breaks: ["samesite"],
          },
        ],
      },
      {
        id: "secure-encrypts",
        claim: "the Secure attribute encrypts the cookie",
        correction: "Secure only means the cookie is sent over HTTPS; it does not encrypt the cookie's value",
        patterns: [
          { groups: [["secure"], ["attribute", "flag"], ["encrypts", "encrypt"], ["cookie", "value"]], maxGap: 4 },
        ],
      },
    ],
  },
];
