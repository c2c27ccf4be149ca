import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-700">
        There is nothing at this address.{" "}
        <Link href="/" className="text-brand-700 underline">
          Go to the start page
        </Link>
        .
      </p>
    </div>
  );
}
