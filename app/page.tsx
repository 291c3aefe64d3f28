import Link from "next/link";
import { getUser } from "@/lib/auth/session";

const FEATURES = [
  { title: "Honest feedback", text: "Every score says whether the AI or the local evaluator produced it, and shows the metrics behind it." },
  { title: "Works offline-first", text: "No API key needed: a curated question bank and an explainable evaluator run on this server." },
  { title: "Track the whole search", text: "Real interviews, DSA practice, company research and your progress, in one place." },
];

export default async function HomePage() {
  const user = await getUser();
  return (
    <>
      <section className="hero border-bottom">
        <div className="container">
          <div className="row align-items-center">
            <div className="col-lg-8">
              <h1 className="display-5 fw-semibold">Practise interviews. Get feedback you can trust.</h1>
              <p className="lead text-body-secondary my-4">
                Mock interviews for your role, level and target company, with clear scores, concrete suggestions and
                progress you can see.
              </p>
              <div className="d-flex flex-wrap gap-2">
                {user ? (
                  <Link href="/dashboard" className="btn btn-primary btn-lg">
                    Go to your dashboard
                  </Link>
                ) : (
                  <>
                    <Link href="/register" className="btn btn-primary btn-lg">
                      Create a free account
                    </Link>
                    <Link href="/login" className="btn btn-outline-secondary btn-lg">
                      Log in
                    </Link>
                  </>
                )}
              </div>
            </div>
          </div>
        </div>
      </section>
      <section className="container py-5" aria-labelledby="features-heading">
        <h2 id="features-heading" className="h4 mb-4">
          Why people prepare here
        </h2>
        <div className="row g-4">
          {FEATURES.map((feature) => (
            <div className="col-md-4" key={feature.title}>
              <h3 className="h5">{feature.title}</h3>
              <p className="text-body-secondary">{feature.text}</p>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}
