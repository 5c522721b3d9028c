import { buildCatalogue } from './build-catalogue.js';
import { defaultSpecPath, loadSpec } from './load-spec.js';
import { renderCatalogue } from './render-catalogue.js';
import { renderTypes } from './render-types.js';
import {
  errorBodyValidatorName,
  renderValidatorDeclarations,
  renderValidatorFacade,
  validatorNames,
} from './render-validator-facade.js';
import { checkingOptions, coercingOptions, renderValidatorModule, type ValidatorEntry } from './render-validators.js';

/** One generated file, its path relative to the output folder. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

/** Renders every generated file from the spec, in memory and in a fixed order. */
export async function generateArtefacts(specPath: string = defaultSpecPath): Promise<GeneratedFile[]> {
  const spec = await loadSpec(specPath);
  const catalogue = buildCatalogue(spec);

  const checkingEntries: ValidatorEntry[] = catalogue.operations.flatMap((operation) => [
    { exportName: validatorNames(operation.action).request, schema: operation.requestSchema },
    { exportName: validatorNames(operation.action).responseBody, schema: operation.responseSchema },
  ]);
  checkingEntries.push({ exportName: errorBodyValidatorName, schema: catalogue.errorResponseSchema });

  const coercingEntries: ValidatorEntry[] = catalogue.operations.map((operation) => ({
    exportName: validatorNames(operation.action).coercingRequest,
    schema: operation.requestSchema,
  }));

  return [
    { path: 'types.ts', contents: await renderTypes(spec.raw) },
    { path: 'catalogue.ts', contents: renderCatalogue(catalogue) },
    { path: 'validators.js', contents: renderValidatorFacade(catalogue.actions) },
    { path: 'validators.d.ts', contents: renderValidatorDeclarations(catalogue.actions) },
    { path: 'validators-checking.js', contents: renderValidatorModule(checkingEntries, checkingOptions) },
    { path: 'validators-coercing.js', contents: renderValidatorModule(coercingEntries, coercingOptions) },
  ];
}
