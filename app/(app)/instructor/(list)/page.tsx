import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { listStudents } from "@/lib/sharing/queries";
import { StudentList } from "@/components/instructor/student-list";

export const metadata: Metadata = { title: "Students" };

export default async function InstructorPage() {
  const user = await requireUser("/instructor");
  // The area exists only for instructors; to anyone else it is not there.
  if (user.role !== "instructor") notFound();
  const students = await listStudents(user.id);
  return (
    <>
      <h1 className="h2 mb-1">Students</h1>
      <p className="text-body-secondary mb-4">What your students shared with you, read-only. Review a shared session to leave rubric scores and comments.</p>
      <StudentList students={students} />
    </>
  );
}
