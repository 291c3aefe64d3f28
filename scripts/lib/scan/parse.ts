// Reading what sqlmap 1.7 prints and what wapiti 3.0 writes into findings. Kept free of
// I/O so tests/unit/scan-parse.test.ts can check them on recorded output: a parser that
// matched nothing would report a clean scan of nothing.

export type SqlmapResult = {
  /** Parameters sqlmap reports testing ("JSON answer", "index", "#1*"). */
  tested: string[];
  /** Injection points sqlmap confirmed, as "parameter (place)". */
  injectable: string[];
  /** sqlmap's own [CRITICAL] and [ERROR] lines other than "nothing injectable". */
  errors: string[];
  /** sqlmap ended with its "all tested parameters do not appear to be injectable" verdict. */
  cleanVerdict: boolean;
  /** HTTP requests sqlmap counted, when it says. */
  requests?: number;
};

// "[12:00:01] [WARNING] (custom) POST parameter 'JSON role' does not seem to be injectable"
// "[12:00:01] [INFO] GET parameter 'q' appears to be 'AND boolean-based blind' injectable"
// "[12:00:01] [WARNING] URI parameter '#1*' does not seem to be injectable"
const PARAMETER_LINE = /\b(?:parameter|header) '([^']+)' (?:does not seem to be injectable|appears to be|is vulnerable|seems to be)/;
const INJECTION_POINT = /^Parameter: (.+) \((.+)\)\s*$/;
const LEVEL_LINE = /^\[[\d:]+\] \[(CRITICAL|ERROR)\] (.*)$/;
const NOTHING_FOUND = "all tested parameters do not appear to be injectable";

export function parseSqlmapOutput(output: string): SqlmapResult {
  const tested = new Set<string>();
  const injectable = new Set<string>();
  const errors: string[] = [];
  let cleanVerdict = false;
  let requests: number | undefined;
  let inPoints = false;
  // sqlmap redraws its progress with carriage returns and colours with escapes, even into a pipe.
  const plain = output.replace(/\x1b(?:\[[0-9;?]*[A-Za-z]|\(B|>)/g, "");
  for (const raw of plain.split(/[\r\n]+/)) {
    const line = raw.trimEnd();
    const parameter = PARAMETER_LINE.exec(line);
    if (parameter) tested.add(parameter[1]!);
    const identified = /identified the following injection point\(s\) with a total of (\d+) HTTP/.exec(line);
    if (identified) {
      inPoints = true;
      requests = Number(identified[1]);
      continue;
    }
    if (inPoints) {
      const point = INJECTION_POINT.exec(line);
      if (point) injectable.add(`${point[1]} (${point[2]})`);
      // The block ends at the first log line after it.
      if (/^\[[\d:]+\]/.test(line)) inPoints = false;
    }
    const total = /with a total of (\d+) HTTP\(s\) requests/.exec(line);
    if (total && requests === undefined) requests = Number(total[1]);
    const level = LEVEL_LINE.exec(line);
    if (level) {
      if (level[2]!.includes(NOTHING_FOUND)) cleanVerdict = true;
      else errors.push(level[2]!);
    }
  }
  return { tested: [...tested], injectable: [...injectable], errors, cleanVerdict, requests };
}

export type Severity = "info" | "low" | "medium" | "high" | "critical";
const SEVERITIES: readonly Severity[] = ["info", "low", "medium", "high", "critical"];

export type WapitiFinding = {
  kind: "vulnerability" | "anomaly" | "additional";
  category: string;
  severity: Severity;
  method: string;
  path: string;
  parameter: string;
  info: string;
};

type RawItem = { method?: unknown; path?: unknown; info?: unknown; level?: unknown; parameter?: unknown };

/** wapiti's levels: 0 info … 4 critical (strings in 3.0.4's JSON, numbers in later versions). */
export function severityOf(level: unknown): Severity {
  const n = Number(level);
  return Number.isInteger(n) && n >= 0 && n < SEVERITIES.length ? SEVERITIES[n]! : "info";
}

export function atLeastMedium(severity: Severity): boolean {
  return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf("medium");
}

/** Every vulnerability, anomaly and additional in a wapiti JSON report, with its severity. */
export function parseWapitiReport(json: string): WapitiFinding[] {
  const report = JSON.parse(json) as Partial<Record<"vulnerabilities" | "anomalies" | "additionals", Record<string, RawItem[]>>>;
  if (!report || typeof report !== "object" || !report.vulnerabilities) throw new Error("not a wapiti JSON report (no vulnerabilities section)");
  const kinds = [
    ["vulnerability", report.vulnerabilities],
    ["anomaly", report.anomalies ?? {}],
    ["additional", report.additionals ?? {}],
  ] as const;
  return kinds.flatMap(([kind, sections]) =>
    Object.entries(sections).flatMap(([category, items]) =>
      items.map((item) => ({
        kind,
        category,
        severity: severityOf(item.level),
        method: String(item.method ?? ""),
        path: String(item.path ?? ""),
        parameter: String(item.parameter ?? ""),
        info: String(item.info ?? ""),
      })),
    ),
  );
}

/** The crawled URLs wapiti lists in its report's `infos` (so a scan that reached nothing shows). */
export function wapitiCrawled(json: string): number | undefined {
  const report = JSON.parse(json) as { infos?: { crawled_pages?: unknown[]; crawled_pages_nbr?: unknown } };
  const n = report.infos?.crawled_pages_nbr ?? report.infos?.crawled_pages?.length;
  return typeof n === "number" ? n : undefined;
}
