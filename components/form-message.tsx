export function FormMessage({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  return (
    <div aria-live="polite" role={tone === "error" ? "alert" : "status"}>
      {message ? (
        <p
          className={
            tone === "error"
              ? "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800"
              : "rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900"
          }
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
