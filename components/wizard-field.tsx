"use client";

// A controlled field of a publish wizard: the label wraps the control, the hint and the server's
// error are tied to it with aria-describedby.

interface Common {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

const control = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-normal";

function describedBy({ name, hint, error }: Common) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Notes({ name, hint, error }: Common) {
  return (
    <>
      {hint ? (
        <span id={`${name}-hint`} className="mt-1 block text-xs font-normal text-slate-600">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${name}-error`} className="mt-1 block text-sm font-normal text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}

export function WizardInput(props: Common & { required?: boolean; placeholder?: string; type?: string }) {
  return (
    <div className="flex flex-col">
      <label className="text-sm font-medium">
        {props.label}
        <input
          name={props.name}
          type={props.type ?? "text"}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          required={props.required}
          placeholder={props.placeholder}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(props)}
          className={control}
        />
      </label>
      <Notes {...props} />
    </div>
  );
}

export function WizardTextArea(props: Common & { rows?: number }) {
  return (
    <div className="flex flex-col">
      <label className="text-sm font-medium">
        {props.label}
        <textarea
          name={props.name}
          value={props.value}
          rows={props.rows ?? 3}
          onChange={(event) => props.onChange(event.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(props)}
          className={control}
        />
      </label>
      <Notes {...props} />
    </div>
  );
}

export function WizardSelect(props: Common & { options: readonly (readonly [string, string])[] }) {
  return (
    <div className="flex flex-col">
      <label className="text-sm font-medium">
        {props.label}
        <select
          name={props.name}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          aria-describedby={describedBy(props)}
          className={control}
        >
          {props.options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <Notes {...props} />
    </div>
  );
}
