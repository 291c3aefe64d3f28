import type { Topic } from "@/lib/ai/local/facts/types";

// Networking, containers, deployment and the scaling vocabulary every system design answer uses.

const VM_WORDS = ["vm", "vms", "virtual", "hypervisor", "hypervisors"];
const CONTAINER_WORDS = ["container", "containers", "docker"];

/** Applied to every system design question, whatever its subject: scaling, caching, replication. */
export const SCALING_TOPIC: Topic = {
  id: "scaling-fundamentals",
  name: "scaling, caching and replication",
  triggers: ["scale", "scaling", "traffic", "load balancer", "replica", "cache", "throughput"],
  strongTriggers: ["horizontal scaling", "vertical scaling", "scale out", "read replica", "read replicas"],
  facts: [
    {
      id: "stateless-horizontal",
      text: "Stateless app servers behind a load balancer scale horizontally by adding machines",
      evidence: [
        { groups: [["stateless"], ["server", "servers", "instances", "service"]], maxGap: 3 },
        { groups: [["load balancer"]] },
      ],
    },
    {
      id: "cache-reads",
      text: "A cache in front of the store absorbs read-heavy traffic",
      evidence: [{ groups: [["cache", "caching", "redis", "memcached", "cdn"]] }],
    },
    {
      id: "replication",
      text: "Replicas give failover and spread reads",
      evidence: [{ groups: [["replica", "replicas", "replication", "failover"]] }],
    },
  ],
  misconceptions: [
    {
      id: "horizontal-is-bigger",
      claim: "horizontal scaling means moving to a bigger server",
      correction: "Horizontal scaling means adding more machines; moving to a bigger machine is vertical scaling",
      patterns: [
        {
          groups: [
            ["horizontal", "horizontally", "scaling out", "scale out"],
            ["means", "mean", "is", "by"],
            ["bigger", "larger", "more powerful", "more cpu", "more ram", "upgrad"],
          ],
          maxGap: 4,
          breaks: ["vertical", "vertically", "up"],
        },
        {
          groups: [
            ["horizontal", "horizontally"],
            ["buy", "buying", "move", "moving"],
            ["bigger", "larger", "more powerful"],
          ],
          maxGap: 4,
          breaks: ["vertical", "vertically"],
        },
      ],
    },
    {
      id: "cache-slows-reads",
      claim: "a cache makes reads slower",
      correction:
        "A cache serves repeated reads from memory, far faster than the database; only a miss pays the extra hop, which is why hit rate matters",
      patterns: [
        {
          groups: [
            ["cache", "caching", "caches"],
            ["make", "makes", "made"],
            ["read", "reads", "requests", "lookups", "it", "everything"],
            ["slower"],
          ],
          maxGap: 3,
          breaks: ["miss", "misses", "cold", "stampede", "invalidation", "stale"],
        },
        {
          groups: [
            ["cache", "caching"],
            ["slows down", "slows", "is slower"],
            ["read", "reads", "requests"],
          ],
          maxGap: 3,
          breaks: ["miss", "misses", "cold"],
        },
      ],
    },
    {
      id: "no-replication",
      claim: "a single database never needs replication",
      correction: "A single database is a single point of failure; replicas give failover and spread read load",
      patterns: [
        {
          groups: [
            ["database", "databases", "db", "primary"],
            ["never", "doesn't", "don't", "does not", "do not"],
            ["need", "needs", "require"],
            ["replica", "replicas", "replication"],
          ],
          maxGap: 2,
        },
        {
          groups: [
            ["replica", "replicas", "replication"],
            ["is", "are"],
            ["unnecessary", "not needed", "a waste", "pointless", "just an extra copy"],
          ],
          maxGap: 3,
        },
        {
          groups: [
            ["single", "one"],
            ["database", "server", "primary"],
            ["most available", "highly available", "never fails"],
          ],
          maxGap: 5,
        },
      ],
    },
  ],
};

export const INFRASTRUCTURE_TOPICS: Topic[] = [
  {
    id: "tcp-udp",
    name: "TCP and UDP",
    triggers: ["transport", "packet", "packets", "protocol", "datagram", "network"],
    strongTriggers: ["tcp", "udp"],
    facts: [
      {
        id: "handshake",
        text: "TCP is connection-oriented and opens with a three-way handshake",
        evidence: [{ groups: [["handshake", "connection-oriented", "syn"]] }],
      },
      {
        id: "reliable",
        text: "TCP acknowledges and retransmits lost segments and delivers bytes in order",
        evidence: [{ groups: [["retransmit", "resend", "resends", "resending", "acknowledg"]] }],
      },
      {
        id: "udp-connectionless",
        text: "UDP is connectionless and makes no delivery or ordering promise",
        evidence: [
          {
            groups: [
              ["udp"],
              ["connectionless", "no guarantee", "doesn't guarantee", "best-effort", "no connection", "doesn't set up"],
            ],
            maxGap: 5,
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "tcp-connectionless",
        claim: "TCP is connectionless",
        correction:
          "TCP is connection-oriented: it sets up a connection with a three-way handshake before any data flows",
        patterns: [
          {
            groups: [
              ["tcp"],
              [
                "connectionless",
                "no handshake",
                "without any handshake",
                "without a handshake",
                "without a connection",
                "no connection setup",
              ],
            ],
            maxGap: 8,
            breaks: ["udp"],
          },
        ],
      },
      {
        id: "tcp-no-retransmit",
        claim: "TCP never retransmits lost data",
        correction:
          "TCP acknowledges what arrives and retransmits lost segments, so the application gets every byte, in order",
        patterns: [
          {
            groups: [
              ["tcp"],
              [
                "never retransmit",
                "doesn't retransmit",
                "does not retransmit",
                "never resend",
                "doesn't resend",
                "no retransmission",
                "simply gone",
                "lost forever",
              ],
            ],
            maxGap: 8,
            breaks: ["udp"],
          },
          {
            groups: [["tcp"], ["is", "are"], ["unreliable", "best-effort", "best effort", "fire-and-forget"]],
            maxGap: 4,
            breaks: ["udp", "ip"],
          },
        ],
      },
      {
        id: "udp-reliable",
        claim: "UDP guarantees delivery",
        correction:
          "UDP guarantees nothing: datagrams can be lost, duplicated or arrive out of order; reliability has to be built on top, as QUIC does",
        patterns: [
          {
            groups: [
              ["udp"],
              [
                "guarantee",
                "guarantees",
                "guaranteed",
                "is the reliable",
                "is reliable",
                "reliable one",
                "ensures delivery",
                "ensure delivery",
              ],
            ],
            maxGap: 4,
            breaks: ["tcp", "quic", "no", "nothing"],
          },
          {
            groups: [
              ["udp"],
              ["uses", "has", "with"],
              ["acknowledgement", "acknowledgements", "acks", "retransmission", "sequence numbers"],
            ],
            maxGap: 3,
            breaks: ["tcp", "quic"],
          },
        ],
      },
      {
        id: "udp-slower",
        claim: "UDP is slower than TCP",
        correction:
          "UDP has less overhead than TCP: no handshake, no acknowledgements and no retransmission waits, which is why latency-sensitive traffic uses it",
        patterns: [{ groups: [["udp"], ["is", "are"], ["slower", "the slow"]], maxGap: 2, breaks: ["tcp"] }],
      },
    ],
  },
  {
    id: "containers-vms",
    name: "containers and virtual machines",
    triggers: ["kernel", "hypervisor", "isolation", "image", "vm", "vms"],
    strongTriggers: ["virtual machine", "virtual machines", "container", "containers", "docker"],
    facts: [
      {
        id: "shared-kernel",
        text: "Containers share the host's kernel; each VM runs its own OS and kernel on a hypervisor",
        evidence: [
          {
            groups: [
              ["share", "shares", "sharing"],
              ["kernel", "host kernel", "host's kernel"],
            ],
            maxGap: 3,
          },
        ],
      },
      {
        id: "lightweight",
        text: "Containers start in seconds or less and use less memory than VMs",
        evidence: [
          {
            groups: [
              ["container", "containers"],
              ["lightweight", "lighter", "faster", "smaller", "less memory"],
            ],
            maxGap: 5,
          },
        ],
      },
      {
        id: "vm-isolation",
        text: "VMs give a stronger isolation boundary",
        evidence: [
          {
            groups: [
              ["vm", "vms", "virtual machine", "virtual machines"],
              ["isolat", "secure", "boundary"],
            ],
            maxGap: 6,
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "container-own-kernel",
        claim: "each container runs its own OS kernel",
        correction: "Containers share the host's kernel; it is each virtual machine that boots its own OS and kernel",
        patterns: [
          {
            groups: [
              CONTAINER_WORDS,
              ["run", "runs", "has", "have", "boot", "boots", "includes", "contain", "contains"],
              [
                "its own kernel",
                "own kernel",
                "its own full",
                "own full",
                "own os",
                "own operating system",
                "a full os",
                "a full kernel",
                "full operating system",
                "separate kernel",
                "guest os",
              ],
            ],
            maxGap: 3,
            breaks: VM_WORDS,
          },
          {
            groups: [
              ["run any operating system", "run any os"],
              ["in a container", "inside a container", "in containers"],
            ],
            maxGap: 3,
          },
        ],
      },
      {
        id: "containers-heavier",
        claim: "containers are heavier and slower to start than VMs",
        correction:
          "Containers are lighter than VMs: with no kernel to boot they start in seconds or less and use far less memory",
        patterns: [
          {
            groups: [
              CONTAINER_WORDS,
              ["are", "is"],
              ["heavier", "slower to start", "slower", "bigger", "larger", "more overhead", "the heavy"],
            ],
            maxGap: 3,
            breaks: VM_WORDS,
          },
          {
            groups: [
              ["vm", "vms", "virtual machine", "virtual machines"],
              ["share", "shares"],
              ["kernel", "host's kernel", "host kernel"],
            ],
            maxGap: 3,
            breaks: CONTAINER_WORDS,
          },
          {
            groups: [
              ["vm", "vms", "virtual machine", "virtual machines"],
              ["lightweight", "lighter", "the lightweight", "start in milliseconds"],
            ],
            maxGap: 4,
            breaks: CONTAINER_WORDS,
          },
        ],
      },
    ],
  },
  {
    id: "dns",
    name: "DNS resolution",
    triggers: ["domain", "browser", "resolver", "nameserver", "ttl"],
    strongTriggers: ["dns", "domain name", "name resolution"],
    facts: [
      {
        id: "recursive",
        text: "A recursive resolver walks root, TLD and authoritative servers and caches answers for their TTL",
        evidence: [{ groups: [["recursive", "root", "authoritative", "tld"]] }],
      },
    ],
    misconceptions: [
      {
        id: "dns-instant",
        claim: "DNS changes reach everyone instantly",
        correction: "Resolvers cache records for their TTL, so a change reaches users only as those caches expire",
        patterns: [
          {
            groups: [
              ["dns"],
              ["change", "changes", "update", "updates", "record"],
              ["instant", "instantly", "immediately", "right away"],
            ],
            maxGap: 4,
            breaks: ["ttl", "cache", "cached"],
          },
        ],
      },
      {
        id: "dns-tcp-only",
        claim: "DNS always uses TCP",
        correction: "Most DNS queries use UDP on port 53; TCP is used for large responses and zone transfers",
        patterns: [{ groups: [["dns"], ["always", "only"], ["uses tcp", "use tcp", "over tcp"]], maxGap: 3 }],
      },
    ],
  },
  {
    id: "deployment-strategies",
    name: "blue-green and canary deployments",
    triggers: ["deploy", "deployment", "deployments", "release", "rollback", "traffic"],
    strongTriggers: ["blue-green", "blue green", "canary"],
    facts: [
      {
        id: "canary-share",
        text: "A canary sends a small share of traffic to the new version and widens it while metrics stay healthy",
        evidence: [{ groups: [["canary"], ["small", "percent", "%", "share", "subset", "fraction"]], maxGap: 8 }],
      },
      {
        id: "blue-green-switch",
        text: "Blue-green runs two full environments and switches all traffic at once, making rollback a switch back",
        evidence: [
          {
            groups: [
              ["blue-green", "blue green"],
              ["switch", "switches", "flip", "cut over", "two environments", "two identical"],
            ],
            maxGap: 8,
          },
        ],
      },
    ],
    misconceptions: [
      {
        id: "canary-all-at-once",
        claim: "a canary release sends all traffic to the new version at once",
        correction: "A canary sends a small share of traffic first; switching everything at once is blue-green",
        patterns: [
          {
            groups: [
              ["canary"],
              ["all traffic", "all the traffic", "all users", "everyone"],
              ["at once", "immediately", "in one go"],
            ],
            maxGap: 5,
            breaks: ["blue-green", "blue"],
          },
        ],
      },
      {
        id: "blue-green-one-environment",
        claim: "blue-green needs only one environment",
        correction: "Blue-green keeps two full production environments, which is its main cost",
        patterns: [
          { groups: [["blue-green", "blue green"], ["only one", "a single", "just one"], ["environment"]], maxGap: 4 },
        ],
      },
    ],
  },
];
