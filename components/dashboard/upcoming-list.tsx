import Link from "next/link";
import { LocalTime } from "@/components/interviews/local-time";

type Upcoming = { id: string; company: string; position: string; date: Date };

export function UpcomingList({ items }: { items: Upcoming[] }) {
  if (items.length === 0) {
    return (
      <p className="mb-0 text-body-secondary">
        No upcoming interviews. <Link href="/interviews/new">Add one</Link> to get a countdown and a prep plan.
      </p>
    );
  }
  return (
    <ul className="list-unstyled mb-0">
      {items.map((item) => (
        <li key={item.id} className="mb-2">
          <Link href={`/interviews/${item.id}`} className="fw-semibold">
            {item.company}
          </Link>{" "}
          · {item.position}
          <div className="small text-body-secondary">
            <LocalTime iso={item.date.toISOString()} />
          </div>
        </li>
      ))}
    </ul>
  );
}
