import { useLocale, useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { actionWords } from "./contract-words";
import { MoveForm } from "./move-form";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

export interface ContractMoveActions {
  request: Action;
  offer: Action;
  accept: Action;
  agree: Action;
  verify: Action;
  finalize: Action;
  terminate: Action;
}

const field = "mt-1 w-full max-w-xs rounded border border-slate-400 bg-white px-3 py-2 font-normal";

/** The moves the viewer can make now (from the contract's nextActions), each a small form. */
export function ContractMoves(props: {
  contractId: string;
  moves: string[];
  actions: ContractMoveActions;
  purposes: (readonly [string, string])[];
  purpose: string;
  durationDays: number | null;
  consentsOpen: number;
}) {
  const t = useTranslations("contracts.moves");
  const locale = useLocale();
  const label = (move: string) => actionWords(move, locale);
  const hidden = { contractId: props.contractId };
  const can = (move: string) => props.moves.includes(move);
  if (!props.moves.length) return <p className="text-sm text-slate-700">{t("nothing")}</p>;
  return (
    <div className="flex flex-col gap-5">
      {can("accept") ? <MoveForm action={props.actions.accept} hidden={hidden} label={label("accept")} /> : null}
      {can("agree") ? (
        <div className="flex flex-col gap-1">
          {props.consentsOpen > 0 ? <p className="text-sm text-amber-900">{t("consentsOpen", { count: props.consentsOpen })}</p> : null}
          <MoveForm action={props.actions.agree} hidden={hidden} label={label("agree")} />
        </div>
      ) : null}
      {can("verify") ? <MoveForm action={props.actions.verify} hidden={hidden} label={label("verify")} /> : null}
      {can("finalize") ? <MoveForm action={props.actions.finalize} hidden={hidden} label={label("finalize")} /> : null}
      {can("offer") ? (
        <fieldset className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("counterOffer")}</legend>
          <p className="text-sm text-slate-700">{t("counterOfferHint")}</p>
          <MoveForm action={props.actions.offer} hidden={hidden} label={t("sendCounterOffer")} tone="neutral">
            <label className="flex flex-col text-sm font-medium">
              {t("maxDurationDays")}
              <input name="maxDurationDays" type="number" min={1} max={3650} className={field} />
            </label>
            <label className="flex flex-col text-sm font-medium">
              {t("regions")}
              <input name="regions" className={field} />
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="pseudonymisationRequired" /> {t("requirePseudonymised")}
            </label>
          </MoveForm>
        </fieldset>
      ) : null}
      {can("request") ? (
        <fieldset className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("newRequest")}</legend>
          <MoveForm action={props.actions.request} hidden={hidden} label={t("sendNewRequest")} tone="neutral">
            <label className="flex flex-col text-sm font-medium">
              {t("purpose")}
              <select name="purpose" defaultValue={props.purpose} className={field}>
                {props.purposes.map(([id, words]) => (
                  <option key={id} value={id}>
                    {words}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm font-medium">
              {t("durationDays")}
              <input name="durationDays" type="number" min={1} max={3650} defaultValue={props.durationDays ?? undefined} className={field} />
            </label>
          </MoveForm>
        </fieldset>
      ) : null}
      {can("terminate") ? (
        <fieldset className="rounded border border-red-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("endNegotiation")}</legend>
          <MoveForm action={props.actions.terminate} hidden={hidden} label={label("terminate")} tone="danger">
            <label className="flex flex-col text-sm font-medium">
              {t("reason")}
              <input name="reason" maxLength={500} className={field} />
            </label>
          </MoveForm>
        </fieldset>
      ) : null}
    </div>
  );
}
