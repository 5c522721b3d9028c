/**
 * Returns the first well-formedness problem of an XML document, or undefined when there is none.
 * It checks what the JUnit writer could get wrong: balanced and properly nested elements, quoted
 * attributes, no raw `<` or stray `&` in text or attribute values, and no control characters.
 */
export function findXmlProblem(xml: string): string | undefined {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) {
    return 'a control character XML does not allow';
  }

  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tokens = body.split(/(<[^>]*>)/);

  for (const token of tokens) {
    if (token.startsWith('<')) {
      const problem = checkTag(token, stack);
      if (problem !== undefined) {
        return problem;
      }
    } else if (token.includes('<') || token.includes('>') || /&(?!(amp|lt|gt|quot|#39);)/.test(token)) {
      return `unescaped text: ${token.slice(0, 80)}`;
    }
  }
  return stack.length === 0 ? undefined : `unclosed elements: ${stack.join(', ')}`;
}

function checkTag(tag: string, stack: string[]): string | undefined {
  const closing = /^<\/([A-Za-z][\w.-]*)>$/.exec(tag);
  if (closing) {
    const expected = stack.pop();
    return closing[1] === expected ? undefined : `</${closing[1]}> closes <${expected ?? 'nothing'}>`;
  }

  const opening = /^<([A-Za-z][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag);
  if (!opening) {
    return `malformed tag: ${tag.slice(0, 80)}`;
  }
  if (/&(?!(amp|lt|gt|quot|#39);)/.test(opening[2] ?? '')) {
    return `unescaped & in attributes of <${opening[1]}>`;
  }
  if (opening[3] !== '/') {
    stack.push(opening[1] ?? '');
  }
  return undefined;
}
