import type { Role } from "@/lib/questions/schema";

export const ROLE_LABELS: Record<Role, string> = {
  frontend: "Frontend engineer",
  backend: "Backend engineer",
  fullstack: "Full-stack engineer",
  mobile: "Mobile engineer",
  data_science: "Data scientist",
  data_analysis: "Data analyst",
  ml: "Machine learning engineer",
  devops: "DevOps / SRE engineer",
  qa: "QA engineer",
  product: "Product manager",
  ux: "UX designer",
  sales: "Sales representative",
  marketing: "Marketing specialist",
  hr: "HR / recruiter",
  general: "Any role",
};

// First match wins, so a rule sits above every rule whose words it contains:
// "React Native" is mobile before "React" is frontend, "QA analyst" is qa before
// "analyst" is data analysis, "product designer" is ux before "product" is product.
const RULES: [Role, RegExp][] = [
  ["fullstack", /\bfull[\s-]?stack\b|\bmern\b|\bmean stack\b/],
  ["mobile", /\bios\b|\bandroid\b|\bmobile\b|react[\s-]native|\bflutter\b|\bswift(ui)?\b|\bkotlin\b|\bxamarin\b/],
  ["qa", /\bqa\b|\bsdet\b|quality (assurance|engineer)|\btest(ing)? (automation|engineer|analyst)|\btester\b/],
  ["data_science", /\bdata[\s-]scien|\bstatistician\b|\bquant(itative)? (analyst|researcher)\b/],
  [
    "ml",
    /\bml\b|\bmlops\b|machine[\s-]learning|deep[\s-]learning|\bai\b|\bllm\b|\bnlp\b|computer vision|(applied|research) scientist/,
  ],
  ["data_analysis", /\bdata[\s-]analy|\bbi\b|business intelligence|\banalytics\b|\bdata engineer|\banalyst\b/],
  [
    "devops",
    /\bsre\b|site reliability|\bdev[\s-]?ops\b|\bplatform engineer|\binfra(structure)?\b|\bcloud (engineer|architect)|\bsys(tems?)? ?admin|kubernetes|\brelease engineer/,
  ],
  ["ux", /\bux\b|\bui\s*\/\s*ux\b|user experience|\bdesigner\b|user research|interaction design/],
  [
    "hr",
    /\bhr\b|\bhrbp\b|human resources|recruit|talent (acquisition|partner|sourcer)|people (partner|operations|ops)/,
  ],
  [
    "frontend",
    /\bfront[\s-]?end\b|\breact\b|\bvue\b|\bangular\b|\bsvelte\b|\bnext\.?js\b|javascript|typescript|\bcss\b|\bhtml\b|\bui (engineer|developer)|\bweb (developer|engineer)/,
  ],
  [
    "backend",
    /\bback[\s-]?end\b|server[\s-]side|\bapi\b|\bgolang\b|\(go\)|\bgo (developer|engineer)\b|\bjava\b|\bpython\b|\bnode(\.?js)?\b|\bruby\b|\brails\b|\bdjango\b|\bspring\b|\.net\b|\bc#|\bphp\b|\brust\b|\bscala\b|\belixir\b|microservice|\bdatabase/,
  ],
  [
    "product",
    /\bproduct (manager|owner|lead|management)\b|\bhead of product\b|\ba?pm\b|\bcpo\b|\b(project|program) manager\b/,
  ],
  [
    "sales",
    /\bsales\b|account (executive|manager)|business development|\b(bdr|sdr|ae)\b|customer success|\bsolutions? (engineer|consultant)\b/,
  ],
  [
    "marketing",
    /marketing|go[\s-]to[\s-]market|\bgtm\b|\bmarketer\b|\bgrowth\b|\bseo\b|\bbrand\b|social media|copywrit|\bcontent (strategist|writer)\b/,
  ],
  // A generic developer title still deserves real technical questions, and full
  // stack is the bank role that covers both sides.
  ["fullstack", /\bsoftware (engineer|developer)|\bswe\b|\bprogrammer\b|\bdeveloper\b|\bcoder\b/],
];

/** Maps a role as the user typed it ("Senior React developer") to a bank role; "general" when nothing fits. */
export function resolveRole(text: string): Role {
  const normalized = text.toLowerCase();
  for (const [role, pattern] of RULES) {
    if (pattern.test(normalized)) return role;
  }
  return "general";
}
