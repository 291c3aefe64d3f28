// Runs before first paint: applies the system colour scheme unless the user
// picked one (then the server already rendered data-bs-theme from the cookie).
export const THEME_SCRIPT = `(function(){try{var d=document.documentElement;if(d.getAttribute('data-theme-choice')!=='system')return;var m=window.matchMedia('(prefers-color-scheme: dark)');var a=function(){d.setAttribute('data-bs-theme',m.matches?'dark':'light')};a();m.addEventListener('change',a)}catch(e){}})();`;

export const THEME_COOKIE = "theme";
export type ThemeChoice = "light" | "dark" | "system";

export function parseTheme(value: string | undefined): ThemeChoice {
  return value === "light" || value === "dark" ? value : "system";
}
