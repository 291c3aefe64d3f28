import Link from "next/link";

type Student = { id: string; name: string; dashboard: boolean; sessions: number; lastShared: Date };
const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** The students who shared with the instructor, with what they shared. */
export function StudentList({ students }: { students: Student[] }) {
  if (students.length === 0) {
    return (
      <div className="card card-body">
        <h2 className="h5">No students yet</h2>
        <p className="mb-0 text-body-secondary">
          When a student shares their dashboard or a session with your email address, they appear here. Give them the email you registered
          with.
        </p>
      </div>
    );
  }
  return (
    <ul className="list-group" data-testid="student-list">
      {students.map((student) => (
        <li key={student.id} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
          <div>
            <Link href={`/instructor/students/${student.id}`} className="fw-semibold">
              {student.name}
            </Link>
            <div className="small text-body-secondary">
              {[student.dashboard ? "dashboard" : null, student.sessions > 0 ? `${student.sessions} session${student.sessions === 1 ? "" : "s"}` : null]
                .filter(Boolean)
                .join(" and ")}{" "}
              shared · last on {dateFormat.format(student.lastShared)}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
