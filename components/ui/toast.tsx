"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from "react";

export type ToastTone = "success" | "error" | "info";

type ToastMessage = { id: number; text: string; tone: ToastTone };

type ToastContextValue = { show: (text: string, tone?: ToastTone) => void };

const ToastContext = createContext<ToastContextValue | null>(null);

const toneClasses: Record<ToastTone, string> = {
  success: "border-green-700 bg-green-50 text-green-900",
  error: "border-red-700 bg-red-50 text-red-900",
  info: "border-brand-600 bg-white text-ink",
};

const dismissAfterMs = 6000;

/**
 * Holds the page's short confirmations. The live region is always in the page, so screen
 * readers announce each message as it is added (role="status" is polite; errors too, as
 * they also appear next to the form that caused them).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("Common");
  const [messages, setMessages] = useState<ToastMessage[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setMessages((current) => current.filter((message) => message.id !== id));
  }, []);

  const show = useCallback(
    (text: string, tone: ToastTone = "info") => {
      const id = nextId.current++;
      setMessages((current) => [...current, { id, text, tone }]);
      window.setTimeout(() => dismiss(id), dismissAfterMs);
    },
    [dismiss],
  );

  const value = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext value={value}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end"
      >
        {messages.map((message) => (
          <div
            key={message.id}
            className={`pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-md border-l-4 p-3 shadow-lg ${toneClasses[message.tone]}`}
          >
            <p className="flex-1 text-sm font-medium">{message.text}</p>
            <button
              type="button"
              onClick={() => dismiss(message.id)}
              className="-m-2 inline-flex size-11 shrink-0 items-center justify-center rounded-md hover:bg-black/5"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">{t("dismiss")}</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

export function useToast(): ToastContextValue {
  const context = useContext(ToastContext);
  if (!context) throw new Error("useToast() must be used inside <ToastProvider>");
  return context;
}
