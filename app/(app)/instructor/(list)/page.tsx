import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listStudents } from "@/lib/sharing/queries";
import { StudentList } from "@/components/instructor/student-list";

export const metadata: Metadata = { title: "Students" };

export default async function InstructorPage() {
  const user = await requireUser("/instructor");
  // Only instructors have students. (No notFound() here: under this segment's
  // loading.tsx it would stream with status 200 anyway; see decision 009.)
  if (user.role !== "instructor") {
    return (
      <>
        <h1 className="h2 mb-1">Students</h1>
        <div className="card card-body">
          <p className="mb-2">This area is for instructor accounts: it lists the students who shared their practice with them.</p>
          <p className="mb-0">
            To show your own practice to an instructor, use <Link href="/sharing">Sharing</Link>.
          </p>
        </div>
      </>
    );
  }
  const students = await listStudents(user.id);
  return (
    <>
      <h1 className="h2 mb-1">Students</h1>
      <p className="text-body-secondary mb-4">What your students shared with you, read-only. Review a shared session to leave rubric scores and comments.</p>
      <StudentList students={students} />
    </>
  );
}
