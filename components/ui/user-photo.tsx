import Image from "next/image";

/** A user's profile photo, or their initials when there is none. */
export function UserPhoto({ photoKey, name, size = "sm" }: { photoKey: string | null; name: string; size?: "sm" | "lg" }) {
  const className = size === "lg" ? "avatar-img-lg" : "avatar-img";
  const pixels = size === "lg" ? 96 : 32;
  if (photoKey) {
    return <Image unoptimized src={`/api/files/${photoKey}`} alt={`${name}'s photo`} width={pixels} height={pixels} className={className} />;
  }
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <span
      className={`${className} d-inline-flex align-items-center justify-content-center bg-primary-subtle text-primary-emphasis fw-semibold`}
      aria-hidden="true"
    >
      {initials || "?"}
    </span>
  );
}
