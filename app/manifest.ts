import type { MetadataRoute } from "next";

// Served as /manifest.webmanifest; Next.js links it from every page.
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/dashboard",
    name: "Interview Prep",
    short_name: "Interview Prep",
    description: "Practise interviews, track your preparation and get honest feedback.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    orientation: "any",
    background_color: "#ffffff",
    theme_color: "#0d6efd",
    categories: ["education", "productivity"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
