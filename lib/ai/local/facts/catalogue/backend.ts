import type { Topic } from "@/lib/ai/local/facts/types";

// Databases, HTTP APIs and the building blocks of backend system design. Each misconception is
// one an interviewer hears often, phrased in the ways candidates say it; each pattern was tried
// against the bank's model answers, which must never match one (tests/unit/fact-catalogue.test.ts).

const HTTP_METHODS = ["get", "post", "put", "patch", "delete", "head", "options"];

export const BACKEND_TOPICS: Topic[] = [
  {
    id: "database-indexes",
    name: "database indexes",
    triggers: ["index", "query", "queries", "table", "column", "lookup"],
    strongTriggers: ["database index", "b-tree", "indexes", "indexing", "composite index", "full table scan"],
    facts: [
      {
        id: "sorted-structure",
        text: "An index is a separate sorted structure, usually a B-tree, so lookups avoid a full table scan",
        evidence: [
          { groups: [["b-tree", "btree", "sorted structure", "sorted copy"]] },
          { groups: [["instead of"], ["scan"]] },
        ],
      },
      {
        id: "slows-writes",
        text: "Every insert, update and delete must also update the indexes, so writes get slower",
        evidence: [
          {
            groups: [
              ["slow", "slower", "cost", "overhead"],
              ["write", "writes", "insert", "inserts"],
            ],
          },
        ],
      },
      {
        id: "storage",
        text: "Each index takes extra disk space and memory",
        evidence: [
          {
            groups: [
              ["extra", "more", "additional", "take up", "takes up"],
              ["space", "storage", "disk", "memory"],
            ],
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "speeds-up-writes",
        claim: "indexes make writes faster",
        correction:
          "Indexes speed up reads but slow down writes, because every insert, update and delete must also update each index",
        patterns: [
          {
            groups: [
              ["index"],
              ["speed up", "speeds up", "faster", "quicker", "accelerate"],
              ["write", "writes", "insert", "inserts"],
            ],
            maxGap: 3,
            breaks: ["slow", "slows", "read", "reads", "query", "queries", "lookup", "lookups", "select"],
          },
          {
            groups: [["writes", "inserts", "updates"], ["are", "get", "become"], ["faster", "quicker"], ["index"]],
            maxGap: 3,
          },
          {
            groups: [
              ["index"],
              ["make", "makes"],
              ["write", "writes", "insert", "inserts", "updates"],
              ["faster", "quicker"],
            ],
            maxGap: 3,
          },
        ],
      },
      {
        id: "free",
        claim: "indexes have no cost",
        correction: "Indexes cost write speed and storage, so each one should earn its place",
        patterns: [
          {
            groups: [
              ["index"],
              ["no cost", "no downside", "no drawback", "no overhead", "free", "costless", "no penalty"],
            ],
            maxGap: 6,
          },
        ],
      },
      {
        id: "every-column",
        claim: "you should index every column",
        correction:
          "Index the columns your slow queries filter, join or sort on; indexing every column slows every write and wastes space, and low-selectivity columns gain little",
        patterns: [
          {
            groups: [
              ["index", "indexes", "indexing"],
              ["every column", "all columns", "all the columns", "each column", "every field", "all fields"],
            ],
          },
        ],
      },
      {
        id: "saves-space",
        claim: "an index makes the table smaller",
        correction: "An index is stored in addition to the table, so it takes extra space rather than saving it",
        patterns: [
          { groups: [["index"], ["make", "makes"], ["table", "database", "data"], ["smaller"]] },
          {
            groups: [["index"], ["save", "saves", "saving", "reduce", "reduces"], ["space", "storage", "disk"]],
            maxGap: 3,
          },
          { groups: [["index"], ["compress", "compresses"], ["rows", "table", "data"]] },
        ],
      },
    ],
  },
  {
    id: "http-methods",
    name: "HTTP methods and idempotency",
    triggers: ["get", "post", "put", "patch", "delete", "rest", "http", "retry", "retries"],
    strongTriggers: ["idempotent", "idempotency", "http method", "http methods", "rest api", "safe methods"],
    facts: [
      {
        id: "get-safe",
        text: "GET is safe: it reads without changing server state",
        evidence: [
          {
            groups: [["get"], ["safe", "read", "reads", "retrieve", "retrieves"]],
            breaks: HTTP_METHODS.filter((m) => m !== "get"),
          },
        ],
      },
      {
        id: "post-not-idempotent",
        text: "POST is not idempotent: sending it twice can create two resources",
        evidence: [{ groups: [["post"], ["not idempotent", "isn't idempotent", "non-idempotent", "twice"]] }],
      },
      {
        id: "put-delete-idempotent",
        text: "PUT and DELETE are idempotent: repeating them leaves the same state",
        evidence: [{ groups: [["put", "delete"], ["idempotent"]], maxGap: 5 }],
      },
    ],
    misconceptions: [
      {
        id: "post-idempotent",
        claim: "POST is idempotent",
        correction:
          "POST is not idempotent: sending the same POST twice can create two resources, which is why retried POSTs need an idempotency key",
        patterns: [
          {
            groups: [
              ["post", "posts", "post requests"],
              ["is idempotent", "are idempotent", "idempotent", "safe to retry"],
            ],
            maxGap: 3,
            breaks: [...HTTP_METHODS.filter((m) => m !== "post"), "key", "keys", "header"],
          },
        ],
      },
      {
        id: "put-not-idempotent",
        claim: "PUT is not idempotent",
        correction: "PUT is idempotent: putting the same representation twice leaves the resource in the same state",
        patterns: [
          {
            groups: [["put"], ["not idempotent", "isn't idempotent", "non-idempotent", "never retry"]],
            maxGap: 6,
            breaks: HTTP_METHODS.filter((m) => m !== "put"),
          },
        ],
      },
      {
        id: "get-modifies",
        claim: "GET can be used to change or delete data",
        correction:
          "GET must not change server state; it is safe, so caches, crawlers and prefetching call it freely. Changes belong in POST, PUT, PATCH or DELETE",
        patterns: [
          {
            groups: [
              ["get"],
              ["to change", "to delete", "to modify", "to update", "changes", "modifies", "deletes"],
              ["data", "state", "records", "resources"],
            ],
            maxGap: 4,
            // Not "delete": "to change or delete data" is one claim about GET.
            breaks: HTTP_METHODS.filter((m) => m !== "get" && m !== "delete"),
          },
        ],
      },
      {
        id: "safe-means-secure",
        claim: "a safe method is one that is secure or authenticated",
        correction:
          "A safe method is one that doesn't change server state, like GET, HEAD and OPTIONS; it has nothing to do with security",
        patterns: [
          {
            groups: [
              ["safe method", "safe methods", "safe means", "safe is", "safe ones"],
              ["secure", "authenticat", "token", "encrypt", "https"],
            ],
            maxGap: 5,
          },
        ],
      },
    ],
  },
  {
    id: "acid-transactions",
    name: "ACID transactions",
    triggers: ["transaction", "transactions", "commit", "rollback", "database", "atomic"],
    strongTriggers: ["acid", "atomicity", "durability", "isolation level", "isolation levels"],
    facts: [
      {
        id: "atomicity",
        text: "Atomicity: all of a transaction's changes happen or none do",
        evidence: [
          { groups: [["all or nothing", "all-or-nothing", "all or none", "none of it", "rolled back", "roll back"]] },
        ],
      },
      {
        id: "durability",
        text: "Durability: once committed, a transaction survives a crash",
        evidence: [
          {
            groups: [
              ["commit", "committed"],
              ["survive", "survives", "permanent", "saved", "even if"],
            ],
            maxGap: 6,
          },
        ],
      },
      {
        id: "isolation",
        text: "Isolation: concurrent transactions don't see each other's uncommitted changes",
        evidence: [
          {
            groups: [["isolation"], ["levels", "concurrent", "interfere", "intermediate", "one after another"]],
            maxGap: 6,
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "partial-commit",
        claim: "part of a transaction can succeed while the rest fails",
        correction: "Atomicity means all or nothing: if any part fails, the whole transaction is rolled back",
        patterns: [
          {
            groups: [
              [
                "part of the transaction",
                "parts of the transaction",
                "part of a transaction",
                "some of the operations",
                "some operations",
              ],
              ["succeed", "succeeds", "commit", "go through", "be kept", "persist"],
            ],
          },
          {
            groups: [
              ["atomicity"],
              ["means", "is"],
              ["independent", "independently", "separately", "pieces", "partial"],
            ],
            maxGap: 6,
          },
          {
            groups: [
              ["keep", "keeps"],
              ["whatever parts", "the parts that", "partial results", "whatever worked"],
            ],
          },
        ],
      },
      {
        id: "isolation-shares-uncommitted",
        claim: "isolation means transactions see each other's uncommitted work",
        correction:
          "Isolation means concurrent transactions don't see each other's uncommitted changes; reading them is the dirty read that isolation exists to prevent",
        patterns: [
          {
            groups: [
              ["isolation"],
              ["means", "is"],
              ["share", "shares", "can read", "can see", "see", "read"],
              ["uncommitted", "in progress", "work in progress", "intermediate"],
            ],
            maxGap: 5,
          },
          {
            groups: [
              ["transactions"],
              ["share", "shares"],
              ["work in progress", "uncommitted", "intermediate", "in-progress"],
            ],
          },
        ],
      },
      {
        id: "durability-optional",
        claim: "a committed transaction can be lost in a crash",
        correction:
          "Durability means a committed transaction survives a crash: the commit is acknowledged only after the write-ahead log reaches disk",
        patterns: [
          {
            groups: [
              ["committed"],
              ["transaction", "transactions", "data", "change", "changes", "write", "writes"],
              ["can", "may", "could", "will"],
              ["be lost", "get lost", "disappear"],
            ],
            maxGap: 2,
          },
          { groups: [["durability"], ["is"], ["optional", "a performance setting", "just a setting"]], maxGap: 3 },
        ],
      },
      {
        id: "consistency-replicas",
        claim: "consistency in ACID means every replica shows the same data",
        correction:
          "In ACID, consistency means a transaction moves the database from one valid state to another, respecting its constraints; identical replicas is the different 'consistency' of the CAP theorem",
        patterns: [
          {
            groups: [
              ["consistency"],
              ["means", "is"],
              ["every replica", "all replicas", "every node", "all nodes", "each replica"],
            ],
            maxGap: 4,
            breaks: ["cap"],
          },
        ],
      },
    ],
  },
  {
    id: "isolation-levels",
    name: "transaction isolation levels",
    triggers: ["isolation", "transaction", "anomalies", "concurrent"],
    strongTriggers: [
      "isolation level",
      "isolation levels",
      "dirty read",
      "serializable",
      "read committed",
      "repeatable read",
    ],
    facts: [
      {
        id: "read-committed-dirty",
        text: "Read committed prevents dirty reads",
        evidence: [{ groups: [["read committed"], ["prevent", "prevents", "no dirty", "stops"]], maxGap: 5 }],
      },
      {
        id: "serializable",
        text: "Serializable makes concurrent transactions behave as if run one after another",
        evidence: [
          {
            groups: [["serializable"], ["one after another", "one at a time", "serial", "in sequence", "write skew"]],
            maxGap: 8,
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "read-committed-allows-dirty",
        claim: "read committed allows dirty reads",
        correction: "Read committed prevents dirty reads; only read uncommitted allows them",
        patterns: [
          {
            groups: [
              ["read committed"],
              ["allow", "allows", "permit", "permits", "has"],
              ["dirty read", "dirty reads"],
            ],
            maxGap: 3,
          },
        ],
      },
      {
        id: "serializable-fastest",
        claim: "serializable is the fastest isolation level",
        correction:
          "Serializable is the strictest level and usually the slowest, with more locking or retries; lower levels trade safety for concurrency",
        patterns: [
          { groups: [["serializable"], ["is", "are"], ["fastest", "the fastest", "quickest", "cheapest"]], maxGap: 3 },
        ],
      },
    ],
  },
  {
    id: "sessions-jwt",
    name: "sessions and JWTs",
    triggers: ["authentication", "logout", "login", "log out", "stateless auth"],
    strongTriggers: ["jwt", "jwts", "json web token", "access token", "access tokens", "refresh token"],
    facts: [
      {
        id: "jwt-revocation",
        text: "A JWT stays valid until it expires, so logout needs short lifetimes, a denylist or refresh-token revocation",
        evidence: [
          {
            groups: [
              [
                "short-lived",
                "short lived",
                "expiry",
                "expire",
                "expires",
                "denylist",
                "blocklist",
                "revoke",
                "revocation",
              ],
            ],
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "jwt-encrypted",
        claim: "a JWT is encrypted, so its contents are secret",
        correction:
          "A standard JWT is signed, not encrypted: anyone holding it can base64-decode and read the claims, so never put secrets in it",
        patterns: [
          { groups: [["jwt", "jwts", "token", "tokens"], ["is", "are"], ["encrypted"]], maxGap: 2, breaks: ["jwe"] },
          {
            groups: [
              ["jwt", "jwts"],
              ["contents", "payload", "claims"],
              ["secret", "hidden", "unreadable", "can't be read"],
            ],
            maxGap: 4,
          },
        ],
      },
      {
        id: "jwt-logout-instant",
        claim: "deleting or logging out invalidates a JWT on the server immediately",
        correction:
          "A JWT stays valid until it expires; the server can't revoke it without keeping state, such as a denylist or short access tokens with revocable refresh tokens",
        patterns: [
          {
            groups: [
              ["jwt", "jwts"],
              ["invalidated", "revoked"],
              ["immediately", "instantly", "automatically"],
            ],
            maxGap: 4,
          },
        ],
      },
    ],
  },
  {
    id: "http-status-codes",
    name: "HTTP status codes",
    triggers: ["http", "api", "rest", "endpoint"],
    strongTriggers: ["status code", "status codes", "401", "403", "404", "409", "503"],
    facts: [
      {
        id: "401-vs-403",
        text: "401 means not authenticated; 403 means authenticated but not allowed",
        evidence: [{ groups: [["401"], ["authenticat", "logged in", "credentials"]], maxGap: 6 }],
      },
    ],
    misconceptions: [
      {
        id: "401-forbidden",
        claim: "401 means the user is logged in but not allowed",
        correction:
          "401 Unauthorized means the request isn't authenticated; a logged-in user without permission gets 403 Forbidden",
        patterns: [
          {
            groups: [
              ["401"],
              ["means", "is", "for"],
              [
                "forbidden",
                "no permission",
                "logged in but not allowed",
                "authenticated but not allowed",
                "logged in but lacks",
                "lacks permission",
              ],
            ],
            maxGap: 4,
            breaks: ["403"],
          },
        ],
      },
      {
        id: "5xx-client",
        claim: "5xx codes mean the client made a mistake",
        correction: "5xx codes mean the server failed; 4xx codes are for client errors",
        patterns: [
          {
            groups: [
              ["500", "503", "5xx", "500s"],
              ["means", "mean", "is", "are", "for"],
              ["client error", "client's fault", "client made", "bad request", "invalid input"],
            ],
            maxGap: 4,
            breaks: ["400", "4xx"],
          },
        ],
      },
    ],
  },
  {
    id: "optimistic-locking",
    name: "optimistic and pessimistic locking",
    triggers: ["concurrent", "lock", "locking", "race", "oversell", "inventory"],
    strongTriggers: ["optimistic locking", "pessimistic locking", "optimistic concurrency", "select for update"],
    facts: [
      {
        id: "version-check",
        text: "Optimistic locking checks a version column on update and retries on conflict",
        evidence: [
          {
            groups: [
              ["version", "version column", "version number"],
              ["check", "where", "compare", "match", "changed"],
            ],
            maxGap: 6,
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "optimistic-locks-rows",
        claim: "optimistic locking holds a lock on the row",
        correction:
          "Optimistic locking takes no lock: it checks at write time that the row hasn't changed, using a version column, and retries on conflict; pessimistic locking is the one that locks the row",
        patterns: [
          {
            groups: [["optimistic"], ["lock", "locks", "locking"], ["holds", "takes", "acquires", "keeps"], ["lock"]],
            maxGap: 3,
            breaks: ["pessimistic"],
          },
          {
            groups: [
              ["optimistic locking"],
              ["uses", "means", "is"],
              ["select for update", "select ... for update", "row lock", "exclusive lock"],
            ],
            maxGap: 4,
            breaks: ["pessimistic"],
          },
        ],
      },
    ],
  },
];
