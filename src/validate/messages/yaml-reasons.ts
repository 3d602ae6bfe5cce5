/**
 * The YAML parser's own messages, in bokmål, for the ones writers meet. A
 * message not listed here is shown as the parser wrote it.
 */
const NB: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^bad indentation of a mapping entry$/, () => "feil innrykk på en linje med nøkkel og verdi"],
  [/^bad indentation of a sequence entry$/, () => "feil innrykk på et listepunkt (-)"],
  [/^tab characters must not be used in indentation$/, () => "tabulator i innrykket; YAML bruker bare mellomrom"],
  [
    /^deficient indentation$/,
    () => "for lite innrykk (ofte et anførselstegn eller en klamme som ikke er lukket lenger opp)",
  ],
  [/^duplicated mapping key$/, () => "samme nøkkel står to ganger"],
  [/^unidentified alias "(.*)"$/, (m) => `ukjent alias «*${m[1]}» (ingen «&${m[1]}» før det)`],
  [/^end of the stream or a document separator is expected$/, () => "uventet tekst der filen skulle slutte"],
  [
    /^unexpected end of the (?:stream|document) within a (?:double|single) quoted scalar$/,
    () => "et anførselstegn er ikke lukket",
  ],
  [/^unexpected end of the stream within a flow collection$/, () => "en [ eller { er ikke lukket"],
  [/^missed comma between flow collection entries$/, () => "mangler komma mellom verdiene i [ … ] eller { … }"],
  [
    /^can not read a block mapping entry; a multiline key may not be an implicit key$/,
    () => "en nøkkel kan ikke gå over flere linjer (mangler det et kolon, eller et anførselstegn?)",
  ],
  [
    /^a whitespace character is expected after the key-value separator within a block mapping$/,
    () => "mangler mellomrom etter kolon",
  ],
  [/^expected ':' after a mapping key$/, () => "mangler kolon etter nøkkelen"],
  [/^incomplete explicit mapping pair.*$/, () => "ufullstendig nøkkel og verdi («?» starter en nøkkel)"],
  [/^the stream contains non-printable characters$/, () => "filen inneholder tegn som ikke kan skrives ut"],
  [/^unknown escape sequence$/, () => "ukjent tegnsekvens med \\ i anførselstegn (skriv \\\\ for en skråstrek)"],
  [/^nesting exceeded maxDepth \((\d+)\)$/, (m) => `mer enn ${m[1]} nivåer inni hverandre`],
  [/^more than one YAML document \(---\)$/, () => "mer enn ett YAML-dokument (---) i filen"],
  [/^unknown tag (.*)$/, (m) => `ukjent tagg ${m[1]}`],
];

export function yamlReasonNb(reason: string): string {
  for (const [pattern, say] of NB) {
    const m = pattern.exec(reason);
    if (m) return say(m);
  }
  return reason;
}
