import type { HTMLAttributes, ReactNode } from "react";

type CardProps = HTMLAttributes<HTMLElement> & {
  as?: "section" | "article" | "div" | "li";
  children: ReactNode;
};

export function Card({ as: Tag = "div", className, children, ...props }: CardProps) {
  return (
    <Tag className={["rounded-lg border border-line bg-white p-5 shadow-sm", className].filter(Boolean).join(" ")} {...props}>
      {children}
    </Tag>
  );
}
