/**
 * Lists the wire parameter names a structured request uses, in the catalogue's form:
 * list items become `.N` (`Certificates.N.CertificateId`, `CertificateIds.N`), nested fields `A.B`.
 * Undefined and null values and empty lists send nothing, so they are left out.
 */
export function parameterNamesOf(request: object): string[] {
  const names = new Set<string>();
  collectNames(request, '', names);
  return [...names];
}

function collectNames(value: unknown, prefix: string, names: Set<string>): void {
  if (value === undefined || value === null) {
    return;
  }

  if (Array.isArray(value)) {
    for (const item of value) {
      collectNames(item, `${prefix}.N`, names);
    }
    return;
  }

  if (typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      collectNames(field, prefix === '' ? key : `${prefix}.${key}`, names);
    }
    return;
  }

  if (prefix !== '') {
    names.add(prefix);
  }
}
