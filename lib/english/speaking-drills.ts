// Speaking drills written for this project: passages to read aloud (pace and clarity without
// having to think of content) and prompts to answer aloud (the real thing).

export type SpeakingDrill = {
  id: string;
  kind: "passage" | "prompt";
  title: string;
  /** The passage to read, or the question to answer. */
  text: string;
  /** For prompts: roughly how long a good answer takes. */
  targetSeconds?: number;
};

export const SPEAKING_DRILLS: readonly SpeakingDrill[] = [
  {
    id: "passage-intro",
    kind: "passage",
    title: "Introducing yourself",
    text: "Thank you for having me. I am a software engineer with four years of experience building web applications. In my current role I lead a small team that owns the checkout and payments pages. Last year we rebuilt the checkout, which cut abandoned carts by twelve percent. I enjoy turning vague problems into clear plans, and I am looking for a role where I can grow as a technical leader.",
  },
  {
    id: "passage-conflict",
    kind: "passage",
    title: "A disagreement, resolved",
    text: "In one project, a designer and I disagreed about a new onboarding screen. She wanted more steps to explain the product, and I worried that each extra step would lose users. Instead of arguing, we agreed to test both versions with real customers for two weeks. The shorter version kept eight percent more users, so we shipped it, and we added her explanations to a help page that people could open when they needed it.",
  },
  {
    id: "passage-failure",
    kind: "passage",
    title: "Learning from a mistake",
    text: "Early in my career I deployed a database change on a Friday afternoon without a rollback plan. The change locked a busy table, and the site slowed down for forty minutes. I owned the mistake, restored the old version, and wrote a short review for the team. Since then I always test migrations on a copy of production data and schedule risky changes for the start of the week.",
  },
  {
    id: "passage-why",
    kind: "passage",
    title: "Why this company",
    text: "I have used your product for two years, and I admire how simple it makes a complicated task. I read your engineering blog post about moving to event-driven services, and the way your team measured each step matched how I like to work. I would bring experience with payment systems and a habit of writing clear documentation, and I would like to learn from engineers who operate at your scale.",
  },
  {
    id: "prompt-about-you",
    kind: "prompt",
    title: "Tell me about yourself",
    text: "Tell me about yourself in about one minute.",
    targetSeconds: 60,
  },
  {
    id: "prompt-strength",
    kind: "prompt",
    title: "Your greatest strength",
    text: "What is your greatest strength? Give one example that shows it.",
    targetSeconds: 60,
  },
  {
    id: "prompt-challenge",
    kind: "prompt",
    title: "A difficult challenge",
    text: "Describe a difficult problem you solved at work. What did you do, and what was the result?",
    targetSeconds: 90,
  },
  {
    id: "prompt-feedback",
    kind: "prompt",
    title: "Handling feedback",
    text: "Tell me about a time you received critical feedback. How did you respond?",
    targetSeconds: 90,
  },
  {
    id: "prompt-five-years",
    kind: "prompt",
    title: "Where you are heading",
    text: "Where do you see yourself in five years, and how does this role fit into that plan?",
    targetSeconds: 60,
  },
];

const BY_ID = new Map(SPEAKING_DRILLS.map((drill) => [drill.id, drill]));

export function speakingDrill(id: string): SpeakingDrill | undefined {
  return BY_ID.get(id);
}
