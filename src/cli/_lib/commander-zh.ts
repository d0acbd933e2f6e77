import { message } from "../../core/locale";

/** Commander's help headings, in Chinese. */
const TITLES: Record<string, () => string> = {
  "Usage:": () => message("cli.help.usage"),
  "Arguments:": () => message("cli.help.arguments"),
  "Options:": () => message("cli.help.options"),
  "Commands:": () => message("cli.help.commands"),
  "Global Options:": () => message("cli.help.global-options"),
};

export function helpTitle(title: string): string {
  return TITLES[title]?.() ?? title;
}

/** The usage line with commander's placeholders in Chinese: "huibao template [选项] [命令]". */
export function helpUsage(usage: string): string {
  return usage.replace("[options]", `[${message("cli.help.placeholder-options")}]`).replace("[command]", `[${message("cli.help.placeholder-command")}]`);
}

const SUGGESTION = /\n?\(Did you mean (?:one of )?(.+?)\?\)\s*$/s;

/**
 * Commander's usage errors ("error: unknown command 'x'") as Chinese sentences. Commander prints
 * them itself through `outputError`; an error it may add later falls back to its own words.
 */
export function translateCommanderError(text: string): string {
  let body = text.trim().replace(/^error:\s*/, "");
  const hint = SUGGESTION.exec(body);
  body = body.replace(SUGGESTION, "").trim();
  const suggestion = hint ? message("cli.usage.did-you-mean", { candidates: hint[1] }) : "";
  let match: RegExpExecArray | null;
  let translated: string;
  if ((match = /^unknown command '(.*)'$/.exec(body))) translated = message("cli.usage.unknown-command", { name: match[1], suggestion });
  else if ((match = /^unknown option '(.*)'$/.exec(body))) translated = message("cli.usage.unknown-option", { flag: match[1], suggestion });
  else if ((match = /^missing required argument '(.*)'$/.exec(body))) translated = message("cli.usage.missing-argument", { name: match[1] });
  else if ((match = /^required option '(.*)' not specified$/.exec(body))) translated = message("cli.usage.missing-option", { flags: match[1] });
  else if ((match = /^option '(.*)' argument missing$/.exec(body))) translated = message("cli.usage.option-missing-value", { flags: match[1] });
  else if ((match = /^too many arguments.*Expected (\d+) arguments? but got (\d+)\.$/.exec(body)))
    translated = message("cli.usage.excess-arguments", { expected: Number(match[1]), received: Number(match[2]) });
  else translated = message("cli.usage.other", { detail: body });
  return `${message("cli.error.prefix")}${translated.trim()}\n`;
}
