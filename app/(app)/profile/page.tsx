import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/users/queries";
import { ProfileForm } from "@/components/profile/profile-form";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  return (
    <div className="row">
      <div className="col-lg-7">
        <h1 className="h2 mb-4">Your profile</h1>
        <div className="card">
          <div className="card-body">
            <ProfileForm name={profile.name} email={profile.email} photoKey={profile.profilePhoto} />
          </div>
        </div>
        <p className="small text-body-secondary mt-3">Member since {profile.createdAt.toLocaleDateString("en", { dateStyle: "long" })}.</p>
      </div>
    </div>
  );
}
