/** Shown to signed-in people who are not catalogue administrators. */
export function AdminNotAllowed() {
  return (
    <div className="mx-auto max-w-xl" role="alert">
      <h1 className="text-2xl font-bold text-slate-900">Not allowed</h1>
      <p className="mt-2 text-slate-700">
        This area is for catalogue administrators only. Your account does not have that role; ask the operator of this catalogue if you need it.
      </p>
    </div>
  );
}
