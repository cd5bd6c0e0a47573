import Link from "next/link";

export interface AreaTask {
  href: string;
  title: string;
  text: string;
}

/** The main things to do in a role area, as large, thumb-friendly links. */
export function AreaTasks({ heading, tasks }: { heading: string; tasks: AreaTask[] }) {
  return (
    <nav aria-labelledby="area-tasks-heading">
      <h2 id="area-tasks-heading" className="text-xl font-bold text-brand-900">
        {heading}
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {tasks.map((task) => (
          <li key={task.href}>
            <Link
              href={task.href}
              className="block h-full rounded-lg border border-line bg-white p-4 shadow-sm hover:border-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            >
              <span className="block font-semibold text-brand-800 underline">{task.title}</span>
              <span className="mt-1 block text-sm text-muted">{task.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
