"use client";
import { ErrorPanel } from "@/components/ui/error-panel";

export default ErrorPanel;
