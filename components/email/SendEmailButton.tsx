"use client";

import { Notice, useNotice } from "@/components/shared/Notice";
import { useState } from "react";
import { Modal } from "@/components/activities/Modal";
import { Button } from "@/components/ui/button";
import { SendEmailForm, type EmailRecordRef } from "./SendEmailForm";

/**
 * "Send email" on a lead, contact or deal page: opens the send dialog (SendEmailForm) and, once
 * sent, says where the email went; the page refreshes, so the timeline shows it.
 * @param providerConfigured - whether RESEND_API_KEY is set (else the dialog says it goes to the outbox).
 */
export function SendEmailButton({ record, name, providerConfigured }: { record: EmailRecordRef; name: string; providerConfigured: boolean }) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useNotice();


  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Send email
      </Button>
      {open ? (
        <Modal title={`Send email · ${name}`} onClose={() => setOpen(false)}>
          <SendEmailForm
            record={record}
            providerConfigured={providerConfigured}
            onCancel={() => setOpen(false)}
            onSent={(sent) => {
              setOpen(false);
              const where = sent.outbox ? `Email to ${sent.to} put in the outbox` : `Email sent to ${sent.to}`;
              setNotice(sent.movedTo ? `${where} · lead moved to ${sent.movedTo.name}` : where);
            }}
          />
        </Modal>
      ) : null}
      <Notice text={notice} />
    </>
  );
}
