import type { FormState } from "./form-state";
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
  const hidden = { contractId: props.contractId };
  const can = (move: string) => props.moves.includes(move);
  if (!props.moves.length) return <p className="text-sm text-slate-700">There is nothing for you to do on this contract now.</p>;
  return (
    <div className="flex flex-col gap-5">
      {can("accept") ? <MoveForm action={props.actions.accept} hidden={hidden} label="Accept the offer" /> : null}
      {can("agree") ? (
        <div className="flex flex-col gap-1">
          {props.consentsOpen > 0 ? (
            <p className="text-sm text-amber-900">
              Agreeing is possible once every citizen concerned has granted consent ({props.consentsOpen} not granted yet).
            </p>
          ) : null}
          <MoveForm action={props.actions.agree} hidden={hidden} label="Agree and sign" />
        </div>
      ) : null}
      {can("verify") ? <MoveForm action={props.actions.verify} hidden={hidden} label="Verify the agreement" /> : null}
      {can("finalize") ? <MoveForm action={props.actions.finalize} hidden={hidden} label="Finalize the agreement" /> : null}
      {can("offer") ? (
        <fieldset className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Counter-offer</legend>
          <p className="text-sm text-slate-700">
            Change the terms you offer; fields left empty keep the current terms. The requested duration shrinks to a new maximum.
          </p>
          <MoveForm action={props.actions.offer} hidden={hidden} label="Send counter-offer" tone="neutral">
            <label className="flex flex-col text-sm font-medium">
              Maximum duration in days
              <input name="maxDurationDays" type="number" min={1} max={3650} className={field} />
            </label>
            <label className="flex flex-col text-sm font-medium">
              Regions where the data may be used (comma-separated: EU, EEA or country codes)
              <input name="regions" className={field} />
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="pseudonymisationRequired" /> Require pseudonymised data
            </label>
          </MoveForm>
        </fieldset>
      ) : null}
      {can("request") ? (
        <fieldset className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">Answer with a new request</legend>
          <MoveForm action={props.actions.request} hidden={hidden} label="Send the new request" tone="neutral">
            <label className="flex flex-col text-sm font-medium">
              Purpose of use
              <select name="purpose" defaultValue={props.purpose} className={field}>
                {props.purposes.map(([id, words]) => (
                  <option key={id} value={id}>
                    {words}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm font-medium">
              Duration in days
              <input name="durationDays" type="number" min={1} max={3650} defaultValue={props.durationDays ?? undefined} className={field} />
            </label>
          </MoveForm>
        </fieldset>
      ) : null}
      {can("terminate") ? (
        <fieldset className="rounded border border-red-200 p-3">
          <legend className="px-1 text-sm font-semibold">End the negotiation</legend>
          <MoveForm action={props.actions.terminate} hidden={hidden} label="Terminate" tone="danger">
            <label className="flex flex-col text-sm font-medium">
              Reason (shown to the other party)
              <input name="reason" maxLength={500} className={field} />
            </label>
          </MoveForm>
        </fieldset>
      ) : null}
    </div>
  );
}
