/** `samling init` in a terminal asks for what its flags left out, keeps what they gave, and takes a cut-off answer as none. */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { askMissing } from "../../src/cli/init.ts";
import { cliMessages } from "../../src/shared/cli-messages/index.ts";

function terminal(lines: string[], end = false) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = "";
  output.on("data", (d) => {
    shown += String(d);
    // Answer each question as it is asked, as a person would.
    const next = lines.shift();
    if (next !== undefined) input.write(`${next}\n`);
    else if (end) input.end();
  });
  return { asking: { questions: cliMessages("nb").init.ask, input, output }, shown: () => shown };
}

describe("init's questions", () => {
  it("asks for name, language, address and colour when no flag gave them", async () => {
    const t = terminal(["Helsefellesskapet Telemark", "nn", "", "#0b6e4f"]);
    const answers = await askMissing({ folder: "tele", example: false }, t.asking);
    expect(answers).toEqual({
      folder: "tele",
      example: false,
      name: "Helsefellesskapet Telemark",
      siteLang: "nn",
      color: "#0b6e4f",
    });
    expect(t.shown()).toContain("Nettstedets navn (organisasjonen): ");
    expect(t.shown()).toContain("Hovedfarge som #RRGGBB (kan stå tom): ");
  });

  it("asks only for what is missing", async () => {
    const t = terminal(["", ""]);
    const answers = await askMissing({ folder: "x", example: true, name: "Vestfold", siteLang: "en" }, t.asking);
    expect(answers).toMatchObject({ name: "Vestfold", siteLang: "en" });
    expect(t.shown()).not.toContain("Nettstedets navn");
  });

  it("takes an answer cut off (Ctrl+D) as none, without a stack trace", async () => {
    const t = terminal([], true);
    const answers = await askMissing({ folder: "x", example: false }, t.asking);
    expect(answers.name).toBe("");
  });
});
